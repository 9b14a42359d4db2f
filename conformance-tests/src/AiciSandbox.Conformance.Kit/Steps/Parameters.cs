using System.Globalization;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>The words of the scenarios that become values: durations, instants, invoice mistakes.</summary>
[Binding]
public sealed class Parameters
{
    /// <summary><c>5 minutes</c>, <c>2 heures</c>, <c>1 jour</c>, <c>35 jours</c> → an ISO-8601 duration for the clock.</summary>
    [StepArgumentTransformation(@"(\d+) (minutes?|heures?|jours?)", Name = "duree")]
    public static SandboxDuration Duree(int count, string unit) => new(count, unit);

    /// <summary>An instant written <c>"2026-03-02T08:00:00Z"</c>.</summary>
    [StepArgumentTransformation(@"""(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)""", Name = "instant")]
    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>The mistakes of the « erreur métier courante » outline, in its words.</summary>
    [StepArgumentTransformation(
        "(avec un total TTC des lignes différent|avec un montant de ligne faux|avec une nature inconnue|sans numéro d'intervenant|pour un emploi dans le futur|avec un acompte de plus de la moitié|sur deux mois civils)",
        Name = "defaut")]
    public static InvoiceDefect Defaut(string text) => text switch
    {
        "avec un total TTC des lignes différent" => InvoiceDefect.TotalDifferentFromLines,
        "avec un montant de ligne faux" => InvoiceDefect.WrongLineAmount,
        "avec une nature inconnue" => InvoiceDefect.UnknownNature,
        "sans numéro d'intervenant" => InvoiceDefect.NoIntervenant,
        "pour un emploi dans le futur" => InvoiceDefect.FutureEmployment,
        "sur deux mois civils" => InvoiceDefect.SpansTwoMonths,
        _ => InvoiceDefect.AcompteOverHalf,
    };
}

/// <summary>A duration in the scenario's words.</summary>
public sealed record SandboxDuration(int Count, string Unit)
{
    public string Iso => Unit[0] switch
    {
        'm' => $"PT{Count}M",
        'h' => $"PT{Count}H",
        _ => $"P{Count}D",
    };

    public override string ToString() => $"{Count} {Unit}";
}
