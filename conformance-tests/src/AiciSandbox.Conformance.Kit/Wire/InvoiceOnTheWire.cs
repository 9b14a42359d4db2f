using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>What URSSAF answered, on the wire, to the submissions (M050) that carried one invoice.</summary>
public sealed record InvoiceAnswer(WireExchange Exchange, string? IdDemandePaiement, string? Statut, IReadOnlyList<string> Codes)
{
    /// <summary>The demande was integrated: a 200 answer whose item has an id and no error.</summary>
    public bool Accepted => Exchange.Status == 200 && IdDemandePaiement is not null && Codes.Count == 0;

    /// <summary>« #12 → 200, demande acceptée (statut 10) », « #12 → 200, refusée ERR_X, ERR_Y », « #12 → 400 ERR_FORMAT_VALEUR », « #12 → 503 ».</summary>
    public string Described => $"#{Exchange.Seq} → {Exchange.Status}" + (Exchange.Status, Accepted) switch
    {
        (401, _) => " (jeton refusé)",
        (200, true) => $", demande acceptée (statut {Statut ?? "?"}, {IdDemandePaiement})",
        (200, false) => Codes.Count > 0 ? ", refusée " + string.Join(", ", Codes) : ", sans réponse pour cette facture",
        _ => Codes.Count > 0 ? " " + string.Join(", ", Codes) : "",
    } + (Exchange.Fault is null ? "" : $" [panne armée : {Exchange.Fault}]");
}

/// <summary>Reads the journal for one invoice, so that a verdict says what the wire shows rather than guessing it.</summary>
public static class InvoiceOnTheWire
{
    /// <summary>Every answer to a submission that carried the invoice, in order (token refusals, 401, included).</summary>
    public static IReadOnlyList<InvoiceAnswer> Answers(IReadOnlyList<WireExchange> wire, string numFactureTiers)
    {
        var answers = new List<InvoiceAnswer>();
        foreach (var e in wire.Where(e => e.Is("POST", WireExchange.SubmitPath)))
        {
            if (e.RequestJson() is not JsonArray items) continue;
            var index = items.Select((item, i) => (item, i)).FirstOrDefault(x => x.item?["numFactureTiers"].AsText() == numFactureTiers, (null, -1)).i;
            if (index < 0) continue;
            answers.Add(e.Status == 200 ? ItemAnswer(e, index, numFactureTiers) : new InvoiceAnswer(e, null, null, ErrorCodes(e.ResponseJson())));
        }
        return answers;
    }

    /// <summary>« sur le fil : #12 → 503 ; #14 → 200, refusée ERR_X » or « sur le fil : aucun envoi de la facture … ».</summary>
    public static string Describe(IReadOnlyList<WireExchange> wire, string numFactureTiers)
    {
        var answers = Answers(wire, numFactureTiers);
        return answers.Count == 0
            ? $"sur le fil : le logiciel n'a envoyé aucune demande portant la facture « {numFactureTiers} »"
            : $"sur le fil : {string.Join(" ; ", answers.Select(a => a.Described))}";
    }

    /// <summary>The codes of the last answer for the invoice (item errors of a 200, or the errors of a 4xx/5xx body).</summary>
    public static IReadOnlyList<string> LastCodes(IReadOnlyList<WireExchange> wire, string numFactureTiers) =>
        Answers(wire, numFactureTiers).LastOrDefault()?.Codes ?? [];

    private static InvoiceAnswer ItemAnswer(WireExchange e, int index, string numFactureTiers)
    {
        var items = e.ResponseJson() as JsonArray ?? [];
        var item = items.FirstOrDefault(i => i?["numFactureTiers"].AsText() == numFactureTiers) ?? items.ElementAtOrDefault(index);
        return new InvoiceAnswer(e, item?["idDemandePaiement"].AsText(), item?["statut"].AsText(), ErrorCodes(item?["errors"]));
    }

    private static IReadOnlyList<string> ErrorCodes(JsonNode? errors) =>
        (errors as JsonArray ?? []).Select(error => error?["code"].AsText()).OfType<string>().Distinct().ToList();
}
