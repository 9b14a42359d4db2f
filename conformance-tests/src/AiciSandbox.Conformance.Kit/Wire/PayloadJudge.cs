using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>
/// The demande the software transmitted says what the invoice says (seed CGU art. 4.5.1: "les sommes … doivent
/// correspondre au montant effectivement facturé, y compris dans sa décomposition"): client, dates, amounts, acompte and
/// every line with its nature and intervenant. URSSAF accepts many wrong demandes that are well formed; this judge does not.
/// </summary>
public static class PayloadJudge
{
    public static Verdict SentAsInvoiced(IReadOnlyList<WireExchange> wire, DriverInvoice invoice, string idClient, string dateNaissance)
    {
        var sent = wire.Where(e => e.Is("POST", WireExchange.SubmitPath) && e.Status == 200)
            .SelectMany(e => (e.RequestJson() as JsonArray ?? []).Select(item => (e, item)))
            .LastOrDefault(x => x.item?["numFactureTiers"].AsText() == invoice.Reference);
        if (sent.item is null)
            return Verdict.Fail($"Règle EX-10 (CGU art. 4.5.1) — aucune demande « {invoice.Reference} » acceptée sur le fil ; {InvoiceOnTheWire.Describe(wire, invoice.Reference)}.", []);
        var differences = Differences(sent.item, invoice, idClient, dateNaissance).ToList();
        return differences.Count == 0
            ? Verdict.Pass
            : Verdict.Fail($"Règle EX-10, EX-33 et EX-34 (CGU art. 4.5.1) — la demande transmise doit reprendre la facture « {invoice.Reference} », y compris sa décomposition et son acompte ; " +
                $"{differences.Count} écart(s) : {string.Join(" ; ", differences)}.", [sent.e]);
    }

    private static IEnumerable<string> Differences(JsonNode item, DriverInvoice invoice, string idClient, string dateNaissance)
    {
        var checks = new List<(string Field, string? Expected, string? Sent)>
        {
            ("idClient", idClient, item["idClient"].AsText()),
            ("dateNaissanceClient", Day(dateNaissance), Day(item["dateNaissanceClient"].AsText())),
            ("dateFacture", Day(invoice.DateFacture), Day(item["dateFacture"].AsText())),
            ("dateDebutEmploi", Instant(invoice.DateDebutEmploi), Instant(item["dateDebutEmploi"].AsText())),
            ("dateFinEmploi", Instant(invoice.DateFinEmploi), Instant(item["dateFinEmploi"].AsText())),
            ("mntFactureTTC", Money(invoice.TotalTTC), Money(item["mntFactureTTC"])),
            ("mntFactureHT", Money(invoice.TotalHT), Money(item["mntFactureHT"])),
            ("mntAcompte", Money(invoice.Acompte?.Montant), Money(item["mntAcompte"])),
            ("dateVersementAcompte", Day(invoice.Acompte?.Date), Day(item["dateVersementAcompte"].AsText())),
        };
        var lines = item["inputPrestations"] as JsonArray ?? [];
        if (lines.Count != invoice.Lignes.Count) checks.Add(("inputPrestations", $"{invoice.Lignes.Count} ligne(s)", $"{lines.Count} ligne(s)"));
        else
            for (var i = 0; i < lines.Count; i++)
            {
                var (want, got, at) = (invoice.Lignes[i], lines[i], $"inputPrestations[{i}].");
                checks.Add((at + "codeNature", want.CodeNature, got?["codeNature"].AsText()));
                checks.Add((at + "unite", want.Unite, got?["unite"].AsText()));
                checks.Add((at + "quantite", Money(want.Quantite), Money(got?["quantite"])));
                checks.Add((at + "mntUnitaireTTC", Money(want.PrixUnitaireTTC), Money(got?["mntUnitaireTTC"])));
                checks.Add((at + "mntPrestationTTC", Money(want.MontantTTC), Money(got?["mntPrestationTTC"])));
                checks.Add((at + "mntPrestationHT", Money(want.MontantHT), Money(got?["mntPrestationHT"])));
                checks.Add((at + "mntPrestationTVA", Money(want.MontantTVA), Money(got?["mntPrestationTVA"])));
                checks.Add((at + "complement2 (intervenant)", want.Intervenant, got?["complement2"].AsText()));
            }
        return checks.Where(c => c.Expected != c.Sent).Select(c => $"{c.Field} : facturé {c.Expected ?? "(rien)"}, transmis {c.Sent ?? "(rien)"}");
    }

    /// <summary>
    /// The day a date field means, read as the sandbox reads it (docs/decisions.md, « Date semantics »): a plain date is that
    /// day, an instant is the Paris civil day it falls on (<c>1980-03-28T23:00:00Z</c> is 29 March). Unreadable text stays as sent.
    /// </summary>
    public static string? Day(string? text) =>
        ApiDate.TryParse(text, out var instant) ? ParisTime.DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text;

    private static string? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : text;

    private static string? Money(decimal? amount) => amount?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string? Money(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var amount) ? Money(amount)
        : node?.ToJsonString();
}
