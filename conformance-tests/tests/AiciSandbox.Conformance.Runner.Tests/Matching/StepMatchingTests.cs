using AiciSandbox.Conformance.Runner.Tests.Support;

namespace AiciSandbox.Conformance.Runner.Tests.Matching;

public class StepMatchingTests
{
    [Binding]
    public sealed class InvoiceSteps(CallLog log)
    {
        [Given("a customer")]
        [Given("un client")]
        public void Customer() => log.Add("customer");

        [Given("an invoice of {int} €")]
        public void Invoice(int amount) => log.Add($"invoice {amount}");

        [Then("it is paid")]
        public void Paid() => log.Add("paid");

        [Then("it has {int} lines")]
        public void Lines(int count, string extra) => log.Add($"{count} {extra}");
    }

    [Binding]
    public sealed class OverlappingSteps
    {
        [Given("an invoice of {} €")]
        public void AnyInvoice(string amount) => _ = amount;

        [StepDefinition(@"^an invoice of (\d+) €$")]
        public void RegexInvoice(int amount) => _ = amount;
    }

    [Fact]
    public async Task UndefinedStep_IsUndefinedWithASkeleton_AndLaterStepsAreSkipped()
    {
        var (run, log) = await Scenarios.RunLoggedAsync("""
            Feature: F
              Scenario: missing step
                Given a customer
                And a discount of 10 percent
                Then it is paid
                And a refund of "12.50"
            """, typeof(InvoiceSteps));

        var result = run.Scenarios.Single();
        result.Status.Should().Be(ResultStatus.Undefined);
        result.Steps.Select(s => s.Status).Should().Equal(
            ResultStatus.Passed, ResultStatus.Undefined, ResultStatus.Skipped, ResultStatus.Undefined);
        result.Steps[1].ErrorMessage.Should().StartWith("Étape non définie : And a discount of 10 percent")
            .And.Contain("Étapes proches : « ", "the closest defined steps are suggested");
        result.Steps[1].Snippet.Should().StartWith("[Given(\"a discount of {int} percent\")]");
        result.Steps[3].Snippet.Should().StartWith("[Then(\"a refund of {string}\")]");
        run.UndefinedSnippets().Should().HaveCount(2);
        log.Entries.Should().Equal("customer");
    }

    [Fact]
    public async Task StepOfTheWrongKind_IsUndefinedWithAHintAboutTheKeyword()
    {
        var result = await Scenarios.RunOneAsync("Feature: F\n  Scenario: S\n    When a customer\n", typeof(InvoiceSteps));

        result.Status.Should().Be(ResultStatus.Undefined);
        result.ErrorMessage.Should().Contain("InvoiceSteps.Customer [Given(\"a customer\")] correspond à ce texte, mais c'est une étape When (Quand)");
    }

    [Fact]
    public async Task StarStep_MatchesAnyKindAndSeveralAttributesAllowOtherPhrasings()
    {
        var (run, log) = await Scenarios.RunLoggedAsync("# language: fr\nFonctionnalité: F\n  Scénario: S\n    * un client\n    Soit a customer\n", typeof(InvoiceSteps));

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("customer", "customer");
    }

    [Fact]
    public async Task AmbiguousStep_ListsEveryCandidateWithItsExpression()
    {
        var result = await Scenarios.RunOneAsync("Feature: F\n  Scenario: S\n    Given an invoice of 12 €\n",
            typeof(InvoiceSteps), typeof(OverlappingSteps));

        result.Status.Should().Be(ResultStatus.Ambiguous);
        result.ErrorMessage.Should().Be("""
            Étape ambiguë : plusieurs définitions correspondent à « Given an invoice of 12 € » :
              - InvoiceSteps.Invoice [Given("an invoice of {int} €")]
              - OverlappingSteps.AnyInvoice [Given("an invoice of {} €")]
              - OverlappingSteps.RegexInvoice [StepDefinition("^an invoice of (\d+) €$")]
            """.ReplaceLineEndings());
        result.Steps.Single().Candidates.Should().HaveCount(3);
    }

    [Fact]
    public async Task StepWhoseMethodCannotTakeItsArguments_FailsSayingSo()
    {
        var result = await Scenarios.RunOneAsync("Feature: F\n  Scenario: S\n    Then it has 3 lines\n", typeof(InvoiceSteps));

        result.Status.Should().Be(ResultStatus.Failed);
        result.ErrorMessage.Should().Be("InvoiceSteps.Lines [Then(\"it has {int} lines\")] correspond à « Then it has 3 lines » mais prend 2 paramètre(s) quand l'étape en donne 1.");
    }
}
