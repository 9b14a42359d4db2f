using AiciSandbox.Conformance.Runner.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Tests.Execution;

public class ContextInjectionTests
{
    /// <summary>A context object nobody registered: the runner makes it scenario-scoped.</summary>
    public sealed class InvoiceContext(CallLog log, ScenarioInfo scenario) : IDisposable
    {
        public decimal? Amount { get; set; }

        public string CreatedFor { get; } = scenario.Title;

        public void Dispose() => log.Add($"disposed context of {CreatedFor}");
    }

    /// <summary>A service the user registers as scoped through the configuration callback.</summary>
    public sealed class Driver : IAsyncDisposable
    {
        public List<string> Calls { get; } = [];

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Binding]
    public sealed class WritingSteps(InvoiceContext context, Driver driver)
    {
        [Given("an invoice of {decimal}")]
        public void Invoice(decimal amount)
        {
            context.Amount = amount;
            driver.Calls.Add("invoice");
        }
    }

    [Binding]
    public sealed class ReadingSteps(InvoiceContext context, Driver driver, CallLog log)
    {
        [Then("the other binding sees the invoice")]
        public void Sees() => log.Add($"{context.CreatedFor}: amount {context.Amount?.ToString() ?? "none"}, driver calls {driver.Calls.Count}");
    }

    [Fact]
    public async Task Context_IsSharedBetweenBindingClassesWithinAScenario_FreshForTheNext_AndDisposedAtItsEnd()
    {
        var log = new CallLog();
        var run = await Scenarios.RunAsync("""
            Feature: Context injection
              Scenario: first
                Given an invoice of 12.50
                Then the other binding sees the invoice
              Scenario: second
                Then the other binding sees the invoice
            """, [typeof(WritingSteps), typeof(ReadingSteps)], s => s.AddSingleton(log).AddScoped<Driver>());

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal(
            "first: amount 12.50, driver calls 1",
            "disposed context of first",
            "second: amount none, driver calls 0",
            "disposed context of second");
    }

    [Fact]
    public async Task Context_CanBeReplacedByTheUsersOwnRegistration()
    {
        var log = new CallLog();
        var shared = new InvoiceContext(log, new ScenarioInfo(Scenarios.Parse("Feature: F\n  Scenario: registered\n")[0], default));
        var run = await Scenarios.RunAsync("""
            Feature: Context injection
              Scenario: uses the singleton
                Given an invoice of 3
                Then the other binding sees the invoice
            """, [typeof(WritingSteps), typeof(ReadingSteps)], s => s.AddSingleton(log).AddSingleton(shared).AddScoped<Driver>());

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("registered: amount 3, driver calls 1");
    }
}
