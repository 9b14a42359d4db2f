namespace AiciSandbox.Testing;

/// <summary>
/// Brings a demande to any status of its life through the public API and the control API only (facts §4.1, decision D7):
/// the clock's next events for what happens on its own, the control actions for what people and banks do.
/// </summary>
public static class Lifecycles
{
    /// <summary>The statuses the lifecycle reaches, in the order <see cref="ReachAsync"/> can produce them.</summary>
    public static readonly IReadOnlyList<string> Reachable = ["10", "20", "30", "40", "50", "60", "70", "110", "111", "112", "120"];

    /// <summary>Transmits the default 50 € demande (aid 25 €, reste à charge 25 €) for <paramref name="idClient"/>; returns its id.</summary>
    public static Task<string> SubmitAsync(this SandboxApi api, string idClient, string day = "2026-03-03") =>
        api.TransmettreAccepteeAsync(TestData.Demande(idClient, TestData.NumeroFacture(), day));

    /// <summary>
    /// Takes a freshly submitted demande (10) to <paramref name="statut"/>: 20 by the notification, 30 validated, 40 contested,
    /// 50 debited, 60 debit rejected, 70 paid, 120 recovered, 110 cancelled at 10, 111 after the impayé, 112 after the recovery.
    /// </summary>
    public static async Task ReachAsync(this SandboxApi api, string id, string statut)
    {
        switch (statut)
        {
            case "10":
                break;
            case "20":
                await api.NextUntilAsync(id, "20");
                break;
            case "30" or "40":
                await api.ReachAsync(id, "20");
                await (statut == "30" ? api.ValiderAsync(id) : api.ContesterAsync(id, "REGUL_NB_QTE_FACT")).ShouldBeAcceptedAsync();
                break;
            case "50" or "70":
                await api.ReachAsync(id, "30");
                await api.NextUntilAsync(id, statut);
                break;
            case "60":
                await api.ReachAsync(id, "50");
                await api.RejeterPrelevementAsync(id).ShouldBeAcceptedAsync();
                break;
            case "120":
                await api.ReachAsync(id, "60");
                await api.NextUntilAsync(id, "120");
                break;
            case "110" or "111" or "112":
                await api.ReachAsync(id, statut switch { "110" => "10", "111" => "60", _ => "120" });
                await api.AnnulerAsync(id).ShouldBeAcceptedAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(statut), statut, "Not a status the lifecycle reaches.");
        }
        (await api.DemandeAsync(id)).Text("statut").Should().Be(statut);
    }
}
