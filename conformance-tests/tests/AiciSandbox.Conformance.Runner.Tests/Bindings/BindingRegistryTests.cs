namespace AiciSandbox.Conformance.Runner.Tests.Bindings;

/// <remarks>These binding classes are invalid on purpose, so this test assembly is never scanned as a whole.</remarks>
public class BindingRegistryTests
{
    public enum Couleur { Rouge, Vert }

    [Binding]
    public sealed class ValidSteps
    {
        [Given("a {Couleur} light")]
        [When("the light turns {Couleur}")]
        public void Light(Couleur couleur) => _ = couleur;

        [StepArgumentTransformation(@"(\d+) h", Name = "heures")]
        public TimeSpan Hours(int hours) => TimeSpan.FromHours(hours);

        [BeforeScenario("@a", Order = 5)]
        public void Before() { }
    }

    [Binding]
    public sealed class InvalidSteps
    {
        [Given("returns a value")]
        public int ReturnsValue() => 1;

        [Given("fires and forgets")]
        public async void FireAndForget() => await Task.Yield();

        [Given("uses {unknown}")]
        public void Unknown(string value) => _ = value;

        [Given("has {int} and {int}")]
        public void TooFew(int a) => _ = a;

        [Given(@"^bad (regex$")]
        public void BadRegex() { }

        [Given("optional {int}")]
        public void Optional(int a = 1) => _ = a;

        [StepArgumentTransformation(@"x", Name = "int")]
        public long BuiltInName() => 1;

        [StepArgumentTransformation(@"(\d+) (\d+)")]
        public Guid WrongArity(int a) => Guid.Empty;

        [StepArgumentTransformation]
        public void Nothing(string x) => _ = x;

        [BeforeTestRun]
        public void NotStatic() { }

        [AfterScenario("@a and")]
        public void BadTags() { }
    }

    public sealed class NotABinding;

    [Fact]
    public void FromTypes_ValidBindings_AreCompiled()
    {
        var registry = BindingRegistry.FromTypes(typeof(ValidSteps));

        registry.Steps.Select(s => s.Attribute).Should().Equal("[Given(\"a {Couleur} light\")]", "[When(\"the light turns {Couleur}\")]");
        registry.Steps[0].Expression.Match("a vert light").Should().Equal("vert");
        registry.NamedTransformation("heures")!.ReturnType.Should().Be(typeof(TimeSpan));
        registry.HooksOf(HookKind.BeforeScenario).Single().Order.Should().Be(5);
    }

    [Fact]
    public void FromTypes_InvalidBindings_ListEveryProblem()
    {
        var act = () => BindingRegistry.FromTypes(typeof(InvalidSteps), typeof(NotABinding));

        act.Should().Throw<BindingException>().Which.Problems.Should().SatisfyRespectively(
            p => p.Should().Be("NotABinding is not marked [Binding]."),
            p => p.Should().Contain("InvalidSteps.Nothing [StepArgumentTransformation]: a transformation returns the value it produces"),
            p => p.Should().Be("InvalidSteps.WrongArity [StepArgumentTransformation]: takes 1 parameter(s) but its regex yields 2."),
            p => p.Should().Contain("BuiltInName").And.Contain("{int} is a built-in parameter type"),
            p => p.Should().Contain("BadRegex [^bad (regex$]").And.Contain("Invalid step expression"),
            p => p.Should().Be("InvalidSteps.FireAndForget [fires and forgets]: the method is async void; return Task so it can be awaited."),
            p => p.Should().Be("InvalidSteps.Optional [optional {int}]: the method cannot have optional parameters."),
            p => p.Should().Be("InvalidSteps.ReturnsValue [returns a value]: the method must return void or Task."),
            p => p.Should().Be("InvalidSteps.TooFew [has {int} and {int}]: the method has 1 parameter(s) but the expression captures 2 (one more is allowed for a trailing DataTable or doc string)."),
            p => p.Should().Contain("InvalidSteps.Unknown [uses {unknown}]").And.Contain("Undefined parameter type 'unknown'"),
            p => p.Should().Contain("InvalidSteps.BadTags [AfterScenario]").And.Contain("position 6"),
            p => p.Should().Be("InvalidSteps.NotStatic [BeforeTestRun]: a test-run hook must be static and parameterless."));
    }
}
