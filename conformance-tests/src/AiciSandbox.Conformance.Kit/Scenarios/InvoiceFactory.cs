using System.Globalization;
using AiciSandbox.Conformance.Kit.Driver;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>One business mistake an invoice can carry, each answered by URSSAF with its own code (EX-10, EX-11).</summary>
public enum InvoiceDefect
{
    None,
    /// <summary>The invoice total differs from the sum of its lines → ERR_TOTAL_PRESTATIONS.</summary>
    TotalDifferentFromLines,
    /// <summary>A line's TTC is not quantity × unit price → ERR_MNT_PREST_TTC.</summary>
    WrongLineAmount,
    /// <summary>A nature code that does not exist → ERR_CODE_NATURE.</summary>
    UnknownNature,
    /// <summary>No intervenant number in the line → ERR_NUMINTERVENANT_MANQUANT.</summary>
    NoIntervenant,
    /// <summary>Employment tomorrow → ERR_DATE_FUTUR.</summary>
    FutureEmployment,
    /// <summary>An acompte of more than half the invoice → ERR_MONTANT_ACOMPTE (decision D8).</summary>
    AcompteOverHalf,
    /// <summary>Employment from the last day of the previous month to yesterday → ERR_PERIODE_EMPLOI_MOIS_NON_UNIQUE.</summary>
    SpansTwoMonths,
}

/// <summary>
/// The invoices the kit asks the software to send: one line of ménage (nature 60, 10 % TVA), two hours at half the
/// amount, for an employment on the Paris day before the sandbox's today, from 08:00 to 10:00 Paris time.
/// </summary>
public static class InvoiceFactory
{
    private static readonly TimeZoneInfo Paris = AiciSandbox.Domain.Clock.ParisTime.Zone;

    public static DriverInvoice Create(string reference, string clientReference, decimal amount, DateTimeOffset sandboxNow, InvoiceDefect defect = InvoiceDefect.None)
    {
        var today = AiciSandbox.Domain.Clock.ParisTime.DateOf(sandboxNow);
        var day = defect == InvoiceDefect.FutureEmployment ? today.AddDays(1) : today.AddDays(-1);
        var ht = Math.Round(amount / 1.1m, 2, MidpointRounding.AwayFromZero);
        var line = new DriverLine("60", null, "HEURE", 2m, amount / 2m, amount, ht, amount - ht, "SAP852330992");
        var invoice = new DriverInvoice(reference, clientReference, Date(today), ParisInstant(day, 8), ParisInstant(day, 10), amount, ht, null, [line]);
        return defect switch
        {
            InvoiceDefect.TotalDifferentFromLines => invoice with { TotalTTC = amount + 5m, TotalHT = ht + 4.55m },
            InvoiceDefect.WrongLineAmount => invoice with { TotalTTC = amount - 2m, TotalHT = ht - 1.82m, Lignes = [line with { MontantTTC = amount - 2m, MontantHT = ht - 1.82m, MontantTVA = amount - ht - 0.18m }] },
            InvoiceDefect.UnknownNature => invoice with { Lignes = [line with { CodeNature = "999" }] },
            InvoiceDefect.NoIntervenant => invoice with { Lignes = [line with { Intervenant = "" }] },
            InvoiceDefect.AcompteOverHalf => invoice with { Acompte = new DriverAcompte(Math.Round(amount * 0.6m, 2), Date(today)) },
            InvoiceDefect.SpansTwoMonths => invoice with { DateDebutEmploi = ParisInstant(LastDayOfPreviousMonth(day), 8) },
            _ => invoice,
        };
    }

    private static DateOnly LastDayOfPreviousMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddDays(-1);

    internal static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string ParisInstant(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
