using System.Globalization;
using AiciSandbox.Conformance.Runner.Tests.Support;

namespace AiciSandbox.Conformance.Runner.Tests.Execution;

public class StepArgumentTests
{
    public enum Statut { Attente, Validee, Refusee }

    [Binding]
    public sealed class ArgumentSteps(CallLog log)
    {
        [Given("an int {int}, a long {long} and a decimal {decimal}")]
        public void Numbers(int i, long l, decimal d) => log.Add(FormattableString.Invariant($"{i}|{l}|{d}"));

        [Given("a double {double} and a float {float}")]
        public void Floats(double d, float f) => log.Add(FormattableString.Invariant($"{d}|{f}"));

        [Given("the string {string} and the word {word}")]
        public void Texts(string s, string w) => log.Add($"{s}|{w}");

        [Given("anything goes: {}")]
        public void Anything(string text) => log.Add(text);

        [Given("the status {Statut}")]
        public void Status(Statut statut) => log.Add(statut.ToString());

        [Given("a count of {}")]
        public void Count(int count) => log.Add(count.ToString(CultureInfo.InvariantCulture));

        [Given(@"^the client is (\d+) years old and called (.*)$")]
        public void Regex(int age, string name) => log.Add($"{name}:{age}");

        [Given("the lines")]
        public void Lines(DataTable table) =>
            log.Add(string.Join(";", table.AsDictionaries().Select(r => $"{r["label"]}={r["amount"]}")) + $"|{table.Rows[1]["label"]}|{table.Header.Count}");

        [Then("the body is")]
        public void Body(string body) => log.Add(body);

        [Then("the body of {word} is")]
        public Task BodyOf(string name, string body)
        {
            log.Add($"{name}:{body}");
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Run_EveryBuiltInPlaceholder_ConvertsWithInvariantCulture()
    {
        var (run, log) = await Scenarios.RunLoggedAsync("""
            Feature: Arguments
              Scenario: all placeholders
                Given an int -42, a long 9876543210 and a decimal 12,50
                And a double 0.5 and a float 1.5
                And the string "Jean \"JD\" Dupont" and the word ERR_42
                And the string 'l\'été' and the word x
                And anything goes: tout et n'importe quoi
                And the status validee
                And a count of 7
            """, typeof(ArgumentSteps));

        run.Scenarios.Single().Status.Should().Be(ResultStatus.Passed);
        log.Entries.Should().Equal("-42|9876543210|12.50", "0.5|1.5", "Jean \"JD\" Dupont|ERR_42", "l'été|x",
            "tout et n'importe quoi", "Validee", "7");
    }

    [Fact]
    public async Task Run_RegexStep_BindsGroupsByPosition()
    {
        var (run, log) = await Scenarios.RunLoggedAsync("""
            Feature: Regex
              Scenario: groups
                Given the client is 30 years old and called Ana Lopez
            """, typeof(ArgumentSteps));

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("Ana Lopez:30");
    }

    [Fact]
    public async Task Run_DataTableAndDocString_ReachTheTrailingParameter()
    {
        var (run, log) = await Scenarios.RunLoggedAsync(""""
            Feature: Arguments
              Scenario: table and doc string
                Given the lines
                  | label  | amount |
                  | Ménage | 12,50  |
                  | Jardin | 30     |
                Then the body is
                  """
                  {"a": 1}
                  """
                And the body of demande is
                  """
                  <xml/>
                  """
            """", typeof(ArgumentSteps));

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("Ménage=12,50;Jardin=30|Jardin|2", "{\"a\": 1}", "demande:<xml/>");
    }

    [Theory]
    [InlineData("a count of douze", "Cannot convert 'douze' to Int32 for parameter 'count' of ArgumentSteps.Count: The input string 'douze' was not in a correct format.")]
    [InlineData("an int 99999999999, a long 1 and a decimal 1", "Cannot convert '99999999999' to Int32 for parameter 'i' of ArgumentSteps.Numbers:")]
    public async Task Run_UnconvertibleArgument_FailsTheStepWithAClearMessage(string step, string message)
    {
        var result = await Scenarios.RunOneAsync($"Feature: F\n  Scenario: S\n    Given {step}\n    And a count of 1\n", typeof(ArgumentSteps));

        result.Status.Should().Be(ResultStatus.Failed);
        result.Steps[0].ErrorMessage.Should().StartWith(message);
        result.Steps[1].Status.Should().Be(ResultStatus.Skipped);
    }

    [Fact]
    public async Task Run_EnumPlaceholder_OnlyMatchesMemberNames()
    {
        var result = await Scenarios.RunOneAsync("Feature: F\n  Scenario: S\n    Given the status Inconnu\n", typeof(ArgumentSteps));

        result.Status.Should().Be(ResultStatus.Undefined);
    }
}
