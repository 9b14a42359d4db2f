using System.Text.Json.Nodes;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>Reads the journal for one particulier: what URSSAF last answered to the software's inscription (M010) or status (M020) calls about them.</summary>
public static class ParticulierOnTheWire
{
    private const string Path = WireExchange.ApiBase + "/particulier";

    /// <summary>« sur le fil : dernier appel M020 #14 → 200, statut APPAREILLAGE_EC » or « … → 400 ERR_RECHERCHE_PARTICULIER ».</summary>
    public static string Describe(IReadOnlyList<WireExchange> wire, string? idClient, string email)
    {
        var last = wire.LastOrDefault(e => e.Path == Path && About(e, idClient, email));
        if (last is null) return $"sur le fil : le logiciel n'a fait aucun appel M010/M020 pour ce particulier";
        var answer = last.ResponseJson();
        var said = answer switch
        {
            JsonArray errors => string.Join(", ", errors.Select(e => e?["code"].AsText()).OfType<string>()),
            JsonObject o when o["statut"]?["code"] is { } code => $"statut {code.ToJsonString().Trim('"')}",
            JsonObject o when o["idClient"].AsText() is { } id => $"idClient {id}",
            _ => "",
        };
        return $"sur le fil : dernier appel {(last.Method == "POST" ? "M010" : "M020")} #{last.Seq} → {last.Status}" + (said.Length > 0 ? $", {said}" : "");
    }

    private static bool About(WireExchange e, string? idClient, string email) =>
        e.Method == "POST"
            ? e.RequestJson()?["adresseMail"].AsText() is { } sent && string.Equals(sent, email, StringComparison.OrdinalIgnoreCase)
            : (idClient is not null && (e.Query?.Contains(idClient, StringComparison.OrdinalIgnoreCase) ?? false))
              || (e.Query?.Contains(Uri.EscapeDataString(email), StringComparison.OrdinalIgnoreCase) ?? false);
}
