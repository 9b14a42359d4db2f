using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// « sur le fil » judges of the software's traffic (EX-29 to EX-32, seed CGU art. 4.3 quotas), and the persistent 401 the
/// kit arms through the sandbox's fault injection to see whether the software loops.
/// </summary>
[Binding]
public sealed class TrafficSteps(ConformanceWorld world)
{
    /// <summary>Calls a persistent refusal covers on each operation: more than any correct software makes in a scenario.</summary>
    public const int PersistentCount = 1000;

    private static readonly string[] ApiOperations = ["inscription", "statut", "demandePaiement", "rechercher"];

    [Given("l'URSSAF refuse désormais tout jeton du logiciel en 401")]
    public async Task RefusPersistantDuJeton()
    {
        foreach (var operation in ApiOperations)
            await world.Control.ArmFaultAsync(new { operation, kind = "status", status = 401, count = PersistentCount }, world.Cancellation);
    }

    [Then("sur le fil, aucune demande n'a été interrogée plus d'une fois par heure simulée")]
    public Task UneFoisParHeure() => Judge(TrafficJudge.PollingWithinBudget);

    [Then("sur le fil, aucune requête refusée en 4xx n'a été renvoyée à l'identique")]
    public Task SansReessaiInutile() => Judge(TrafficJudge.NoRetryOfDefiniteRefusal);

    [Then("sur le fil, le logiciel n'a inscrit qu'une fois chaque particulier")]
    public Task UneSeuleInscription() => Judge(TrafficJudge.NoSecondInscription);

    [Then("sur le fil, après le refus de son jeton, le logiciel l'a renouvelé une fois au plus puis a cessé d'appeler")]
    public Task RenouveleUneFois() => Judge(TrafficJudge.RenewedOnceThenStopped);

    [Then("le logiciel affiche une erreur pour le client {string}")]
    public async Task AfficheUneErreur(string name)
    {
        var shown = await world.Driver.ShowClientAsync(name, world.Cancellation);
        var wire = await world.Wire.IntegratorAsync(world.Cancellation);
        var last = wire.LastOrDefault(e => e.IsApiCall);
        world.Require(Verdict.When(shown.Errors is { Count: > 0 }, () =>
            $"Règle EX-32 — quand l'URSSAF refuse l'accès, le logiciel le montre à l'utilisateur ; sur le fil : dernier appel {last?.Line ?? "(aucun)"} ; " +
            $"le logiciel affiche le client « {name} » : « {shown.State} », statut « {shown.StatutCode ?? "aucun"} » {Driver.ShownErrors.Described(shown.Errors)}."));
    }

    private async Task Judge(Func<IReadOnlyList<WireExchange>, Verdict> judge) =>
        world.Require(judge(await world.Wire.IntegratorAsync(world.Cancellation)));
}
