using AiciSandbox.Conformance.Kit.Cli;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Tests.Support;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Testing;

namespace AiciSandbox.Conformance.Kit.Tests;

/// <summary>The published step catalogue is the bindings' own, and every step of the product's scenarios has exactly one binding.</summary>
public sealed class StepCatalogueTests
{
    [Fact]
    public void ScenariosStepsMd_IsTheCatalogueGeneratedFromTheBindings()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "scenarios", "steps.md"));

        committed.ReplaceLineEndings().Should().Be(StepCatalogue.Markdown(ProductScenarios.All).ReplaceLineEndings(),
            "scenarios/steps.md is regenerated with: dotnet run --project conformance-tests/src/AiciSandbox.Conformance.Kit -- steps > scenarios/steps.md");
    }

    [Fact]
    public void EveryStepOfTheProductScenarios_MatchesExactlyOneBinding()
    {
        var matcher = new StepMatcher(BindingRegistry.FromAssemblies(typeof(ConformanceWorld).Assembly));

        var unmatched = ProductScenarios.All.SelectMany(s => s.Steps)
            .Select(step => (step, match: matcher.Match(step)))
            .Where(x => x.match.Kind != StepMatchKind.Matched)
            .Select(x => $"{x.step.Text} ({x.match.Kind})")
            .ToList();

        unmatched.Should().BeEmpty();
    }
}
