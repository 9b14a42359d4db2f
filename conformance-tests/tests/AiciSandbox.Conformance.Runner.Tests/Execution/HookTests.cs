using AiciSandbox.Conformance.Runner.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Tests.Execution;

public class HookTests
{
    [Binding]
    public sealed class Hooks(CallLog log)
    {
        [BeforeScenario(Order = 2)]
        public void SecondBefore() => log.Add("before 2");

        [BeforeScenario(Order = 1)]
        public void FirstBefore() => log.Add("before 1");

        [BeforeScenario("@db")]
        public Task DatabaseOnly()
        {
            log.Add("before @db");
            return Task.CompletedTask;
        }

        [BeforeScenario("@a and not @b", "@c")]
        public void Expression() => log.Add("before (@a and not @b) or @c");

        [BeforeStep("@steps")]
        public void BeforeStep(ScenarioInfo scenario) => log.Add($"before step of {scenario.Title}");

        [AfterStep("@steps")]
        public void AfterStep() => log.Add("after step");

        [AfterScenario]
        public void After(ScenarioInfo scenario) => log.Add($"after {scenario.Title}");
    }

    [Binding]
    public sealed class Steps(CallLog log)
    {
        [StepDefinition("a step")]
        public void Step() => log.Add("step");

        [When("it breaks")]
        public void Breaks() => throw new InvalidOperationException("boom");
    }

    [Binding]
    public sealed class FailingBeforeScenario
    {
        [BeforeScenario("@broken-setup")]
        public void Setup() => throw new InvalidOperationException("no database");
    }

    [Binding]
    public sealed class FailingTestRunHooks
    {
        [BeforeTestRun]
        public static void Start() => throw new InvalidOperationException("sandbox unreachable");

        [AfterTestRun]
        public static Task Stop() => Task.FromException(new InvalidOperationException("cleanup failed"));
    }

    private static async Task<IReadOnlyList<string>> LogOf(string feature, params Type[] extra)
    {
        var log = new CallLog();
        await Scenarios.RunAsync(feature, [typeof(Hooks), typeof(Steps), .. extra], s => s.AddSingleton(log));
        return log.Entries;
    }

    [Fact]
    public async Task Hooks_RunByOrder_AroundTheSteps()
    {
        var log = await LogOf("Feature: F\n  Scenario: plain\n    Given a step\n");

        log.Should().Equal("before 1", "before 2", "step", "after plain");
    }

    [Theory]
    [InlineData("@db", "before @db")]
    [InlineData("@a", "before (@a and not @b) or @c")]
    [InlineData("@a @b", null)]
    [InlineData("@b @c", "before (@a and not @b) or @c")]
    public async Task Hooks_WithTags_RunOnlyForSelectedScenarios(string tags, string? tagged)
    {
        var log = await LogOf($"Feature: F\n  {tags}\n  Scenario: tagged\n    Given a step\n");

        string[] expected = tagged is null
            ? ["before 1", "before 2", "step", "after tagged"]
            : ["before 1", "before 2", tagged, "step", "after tagged"];
        log.Should().Equal(expected);
    }

    [Fact]
    public async Task StepHooks_RunAroundEachExecutedStep()
    {
        var log = await LogOf("Feature: F\n  @steps\n  Scenario: s\n    Given a step\n    And a step\n");

        log.Should().Equal("before 1", "before 2", "before step of s", "step", "after step", "before step of s", "step", "after step", "after s");
    }

    [Fact]
    public async Task AfterScenario_StillRuns_WhenAStepFailed()
    {
        var log = new CallLog();
        var run = await Scenarios.RunAsync("Feature: F\n  Scenario: s\n    When it breaks\n    Then a step\n",
            [typeof(Hooks), typeof(Steps)], s => s.AddSingleton(log));

        var result = run.Scenarios.Single();
        result.Status.Should().Be(ResultStatus.Failed);
        result.ErrorMessage.Should().Be("boom");
        result.Steps.Select(s => s.Status).Should().Equal(ResultStatus.Failed, ResultStatus.Skipped);
        log.Entries.Should().Equal("before 1", "before 2", "after s");
    }

    [Fact]
    public async Task FailingBeforeScenario_SkipsTheStepsButRunsAfterScenario()
    {
        var log = new CallLog();
        var run = await Scenarios.RunAsync("Feature: F\n  @broken-setup\n  Scenario: s\n    Given a step\n",
            [typeof(Hooks), typeof(Steps), typeof(FailingBeforeScenario)], s => s.AddSingleton(log));

        var result = run.Scenarios.Single();
        result.Status.Should().Be(ResultStatus.Failed);
        result.ErrorMessage.Should().Be("BeforeScenario hook FailingBeforeScenario.Setup failed: no database");
        result.Steps.Single().Status.Should().Be(ResultStatus.Skipped);
        log.Entries.Should().Equal("before 1", "before 2", "after s");
    }

    [Fact]
    public async Task FailingTestRunHooks_FailEveryScenarioAndTheRun()
    {
        var log = new CallLog();
        var run = await Scenarios.RunAsync("Feature: F\n  Scenario: s\n    Given a step\n",
            [typeof(Steps), typeof(FailingTestRunHooks)], s => s.AddSingleton(log));

        run.Success.Should().BeFalse();
        run.Scenarios.Single().ErrorMessage.Should().Be("BeforeTestRun hook FailingTestRunHooks.Start failed: sandbox unreachable");
        run.RunHookErrors.Should().Contain("AfterTestRun hook FailingTestRunHooks.Stop failed: cleanup failed");
        log.Entries.Should().BeEmpty();
    }
}
