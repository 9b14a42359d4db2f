using AiciSandbox.Conformance.Runner.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Tests.Execution;

public class ParallelRunTests
{
    private static readonly string Outline = "Feature: Parallel\n  Scenario Outline: number <n>\n    Given the number <n>\n    When it is doubled\n    Then the context still holds <n>\n"
        + "    Examples:\n      | n |\n" + string.Concat(Enumerable.Range(1, 24).Select(n => $"      | {n} |\n"));

    public sealed class NumberContext
    {
        public int Number { get; set; }
    }

    /// <summary>Lets scenarios wait until a given number of them are running at the same time.</summary>
    public sealed class Rendezvous(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public Task ArriveAsync()
        {
            if (Interlocked.Increment(ref _arrived) == expected) _all.SetResult();
            return _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Binding]
    public sealed class NumberSteps(NumberContext context, IScenarioAttachments attachments, IServiceProvider services)
    {
        [Given("the number {int}")]
        public async Task Number(int n)
        {
            context.Number = n;
            await Task.Yield();
            if (services.GetService<Rendezvous>() is { } rendezvous) await rendezvous.ArriveAsync();
        }

        [When("it is doubled")]
        public async Task Doubled()
        {
            await Task.Yield();
            attachments.AttachText("double", (context.Number * 2).ToString());
        }

        [Then("the context still holds {int}")]
        public void Holds(int n)
        {
            if (context.Number != n) throw new InvalidOperationException($"context holds {context.Number}, expected {n}");
        }
    }

    private static object Summary(TestRunResult run) => run.Scenarios.Select(s => new
    {
        s.Name,
        s.Status,
        Steps = string.Join(",", s.Steps.Select(x => x.Status)),
        Attachments = string.Join(",", s.Attachments.Select(a => $"{a.Name}={a.Content}@{a.StepIndex}")),
    }).ToArray();

    [Fact]
    public async Task Run_InParallel_GivesTheSameResultsInTheSameOrderAsSequentially()
    {
        var scenarios = Scenarios.Parse(Outline);

        var sequential = await Scenarios.RunAsync(scenarios, [typeof(NumberSteps)], parallelism: 1);
        var parallel = await Scenarios.RunAsync(scenarios, [typeof(NumberSteps)], parallelism: 8);

        sequential.Success.Should().BeTrue();
        parallel.Success.Should().BeTrue();
        Summary(parallel).Should().BeEquivalentTo(Summary(sequential), o => o.WithStrictOrdering());
        parallel.Scenarios.Select(s => s.Attachments.Single().Content).Should().Equal(Enumerable.Range(1, 24).Select(n => (n * 2).ToString()));
    }

    [Fact]
    public async Task Run_WithParallelism_RunsScenariosAtTheSameTime()
    {
        var scenarios = Scenarios.Parse(Outline).Take(4);

        var run = await Scenarios.RunAsync(scenarios, [typeof(NumberSteps)], s => s.AddSingleton(new Rendezvous(4)), parallelism: 4);

        run.Success.Should().BeTrue("four scenarios met at the rendezvous, so they were running together");
    }

    [Fact]
    public async Task Run_ReportsProgressForEveryScenario()
    {
        var notices = new List<string>();
        var options = new TestRunOptions { OnProgress = p => notices.Add($"{p.Kind} {p.Index + 1}/{p.Total} {p.Scenario.Name} {p.Result?.Status}".TrimEnd()) };

        await TestRun.ForTypes([typeof(NumberSteps)], options).RunAsync(Scenarios.Parse(Outline).Take(2));

        notices.Should().Equal("Started 1/2 number 1", "Finished 1/2 number 1 Passed", "Started 2/2 number 2", "Finished 2/2 number 2 Passed");
    }

    [Fact]
    public async Task Run_Cancelled_SkipsTheScenariosNotYetStarted()
    {
        using var cancellation = new CancellationTokenSource();
        var options = new TestRunOptions { OnProgress = p => { if (p.Kind == ScenarioProgressKind.Finished) cancellation.Cancel(); } };

        var run = await TestRun.ForTypes([typeof(NumberSteps)], options).RunAsync(Scenarios.Parse(Outline).Take(3), cancellation.Token);

        run.Scenarios.Select(s => s.Status).Should().Equal(ResultStatus.Passed, ResultStatus.Skipped, ResultStatus.Skipped);
        run.Success.Should().BeFalse();
    }
}
