using System.Globalization;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>One line of an invoice as a scenario writes it: nature, unit, quantity, TTC unit price and VAT rate.</summary>
public sealed record InvoiceLine(string Nature, string Unite, decimal Quantite, decimal PrixUnitaireTTC, decimal TauxTva);

/// <summary>
/// Invoices over several lines, written as a table in the scenario, computed as a billing software computes them and as
/// URSSAF checks them (EX-33, decision D14): line TTC = quantity × TTC unit price rounded to the cent half away from zero,
/// line HT = TTC / (1 + VAT rate) rounded the same way, TVA = TTC − HT; the invoice's totals are the sums of its lines.
/// </summary>
public static class InvoiceLines
{
    /// <summary>The intervenant (NOVA number) of every line the kit writes.</summary>
    public const string Intervenant = "SAP852330992";

    /// <summary>Reads « | nature | unité | quantité | prix unitaire TTC | TVA | » (French decimals, « 20 % », « 5,5 % »).</summary>
    public static IReadOnlyList<InvoiceLine> Read(DataTable table) =>
        table.Rows.Select(row => new InvoiceLine(row["nature"], row["unité"], Number(row["quantité"]), Number(row["prix unitaire TTC"]),
            Number(row["TVA"].Replace("%", "", StringComparison.Ordinal)) / 100m)).ToList();

    /// <summary>The invoice for an employment on yesterday's Paris day, 08:00–10:00, dated today; with an acompte paid <paramref name="acompteDaysAgo"/> days ago if any.</summary>
    public static DriverInvoice Create(string reference, string clientReference, IReadOnlyList<InvoiceLine> lines, DateTimeOffset sandboxNow,
        decimal? acompte = null, int acompteDaysAgo = 0)
    {
        var today = AiciSandbox.Domain.Clock.ParisTime.DateOf(sandboxNow);
        var day = today.AddDays(-1);
        var driverLines = lines.Select(Line).ToList();
        return new DriverInvoice(reference, clientReference, InvoiceFactory.Date(today), InvoiceFactory.ParisInstant(day, 8), InvoiceFactory.ParisInstant(day, 10),
            driverLines.Sum(l => l.MontantTTC), driverLines.Sum(l => l.MontantHT),
            acompte is { } montant ? new DriverAcompte(montant, InvoiceFactory.Date(today.AddDays(-acompteDaysAgo))) : null, driverLines);
    }

    private static DriverLine Line(InvoiceLine line)
    {
        var ttc = Cent(line.Quantite * line.PrixUnitaireTTC);
        var ht = Cent(ttc / (1m + line.TauxTva));
        return new DriverLine(line.Nature, null, line.Unite, line.Quantite, line.PrixUnitaireTTC, ttc, ht, ttc - ht, Intervenant);
    }

    private static decimal Cent(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Number(string text) => decimal.Parse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
}
