using AiciSandbox.Conformance.Runner.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiciSandbox.Conformance.Runner.Tests.Execution;

public class StepArgumentTransformationTests
{
    public sealed record Money(decimal Amount);

    public sealed record Priority(string Kind);

    public sealed record Line(string Label, Money Amount);

    [Binding]
    public sealed class Transformations(TimeProvider clock)
    {
        [StepArgumentTransformation(@"dans (\d+) jours?")]
        public DateOnly InDays(int days) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(days);

        [StepArgumentTransformation("aujourd'hui")]
        public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        [StepArgumentTransformation(@"(\d+(?:[.,]\d+)?) ?€", Name = "montant")]
        public Money ToMoney(decimal amount) => new(amount);

        [StepArgumentTransformation(@".*", Order = 20)]
        public Priority AnyPriority(string text) => new($"generic:{text}");

        [StepArgumentTransformation("urgente", Order = 10)]
        public Priority Urgent() => new("urgent");

        [StepArgumentTransformation]
        public IReadOnlyList<Line> Lines(DataTable table) =>
            table.Rows.Select(r => new Line(r["libellé"], ToMoney(decimal.Parse(r["montant"].Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture)))).ToArray();
    }

    [Binding]
    public sealed class Steps(CallLog log)
    {
        [Given("l'échéance est {}")]
        public void Deadline(DateOnly date) => log.Add(date.ToString("yyyy-MM-dd"));

        [Given("un prix de {montant} par mois")]
        public void Price(Money price) => log.Add($"prix {price.Amount}");

        [Given("une priorité {word}")]
        public void Priority(Priority priority) => log.Add(priority.Kind);

        [Given("les lignes")]
        public void Lines(IReadOnlyList<Line> lines) => log.Add(string.Join(";", lines.Select(l => $"{l.Label}:{l.Amount.Amount}")));
    }

    private static async Task<(TestRunResult, CallLog)> RunAsync(string feature)
    {
        var log = new CallLog();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 28, 9, 0, 0, TimeSpan.Zero));
        var run = await Scenarios.RunAsync(feature, [typeof(Transformations), typeof(Steps)], s => s.AddSingleton(log), time: clock);
        return (run, log);
    }

    [Fact]
    public async Task Transformation_ByType_UsesInjectedClockForRelativeDates()
    {
        var (run, log) = await RunAsync("""
            # language: fr
            Fonctionnalité: Dates
              Scénario: relatives
                Soit l'échéance est dans 4 jours
                Et l'échéance est aujourd'hui
                Et l'échéance est 2025-12-31
            """);

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("2025-04-01", "2025-03-28", "2025-12-31");
    }

    [Fact]
    public async Task Transformation_ByName_IsUsableAsAPlaceholder()
    {
        var (run, log) = await RunAsync("Feature: F\n  Scenario: S\n    Given un prix de 12,50 € par mois\n    And un prix de 7€ par mois\n");

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("prix 12.50", "prix 7");
    }

    [Fact]
    public async Task Transformation_LowestOrderWins_WhenSeveralMatch()
    {
        var (run, log) = await RunAsync("Feature: F\n  Scenario: S\n    Given une priorité urgente\n    And une priorité basse\n");

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("urgent", "generic:basse");
    }

    [Fact]
    public async Task Transformation_OfATable_ConvertsTheStepTable()
    {
        var (run, log) = await RunAsync("""
            Feature: F
              Scenario: S
                Given les lignes
                  | libellé | montant |
                  | Ménage  | 12,50   |
            """);

        run.Success.Should().BeTrue();
        log.Entries.Should().Equal("Ménage:12.50");
    }

    [Fact]
    public async Task Transformation_ThatThrows_FailsTheStepNamingIt()
    {
        var (run, _) = await RunAsync("Feature: F\n  Scenario: S\n    Given l'échéance est dans 99999999999 jours\n");

        run.Scenarios.Single().Steps[0].ErrorMessage.Should()
            .Contain("Cannot convert 'dans 99999999999 jours' to DateOnly for parameter 'date' of Steps.Deadline")
            .And.Contain("'99999999999' to Int32");
    }
}
