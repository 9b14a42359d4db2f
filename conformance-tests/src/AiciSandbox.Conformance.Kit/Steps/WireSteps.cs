using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// « sur le fil » : what the software actually sent, judged from the tenant's journal (seed CGU art. 4.3 traces), not
/// from what its driver reports. A failure attaches the exchanges that prove it.
/// </summary>
[Binding]
public sealed class WireSteps(ConformanceWorld world)
{
    /// <summary>The shortest real-time wait before a new try that counts as a back-off (an immediate loop is a few ms).</summary>
    public static readonly TimeSpan MinimumRetryWait = TimeSpan.FromMilliseconds(20);

    [Then("sur le fil, le logiciel a obtenu {int} jeton(s)")]
    public Task Jetons(int count) => Judge(wire => TokenJudge.Obtained(wire, count));

    [Then("sur le fil, tous les appels à l'API ont porté un jeton valide")]
    public Task JetonsValides() => Judge(TokenJudge.AllCallsAuthorised);

    [Then("sur le fil, le logiciel a renouvelé son jeton après son expiration")]
    public Task Renouvele() => Judge(TokenJudge.RenewedAfterExpiry);

    [Then("sur le fil, le logiciel a appelé {string} {int} fois")]
    public Task Appele(string call, int count) => Judge(wire => CallJudge.Called(wire, call, count));

    [Then("sur le fil, aucun appel de transmission n'a porté plus de 10 demandes")]
    public Task LotsDeDix() => Judge(CallJudge.BatchesOfTenAtMost);

    [Then("sur le fil, aucune demande n'a été refusée comme doublon")]
    public Task SansDoublon() => Judge(CallJudge.NoDuplicate);

    [Then("sur le fil, l'envoi de la facture {string} a été tenté {int} fois en attendant avant chaque nouvel essai")]
    public Task Reessais(string reference, int count) => Judge(wire => CallJudge.RetriedWithWaits(wire, reference, count, MinimumRetryWait));

    [Then("sur le fil, le logiciel a attendu au moins {int} seconde(s) avant de renvoyer la facture {string}")]
    public Task RetryAfter(int seconds, string reference) =>
        Judge(wire => CallJudge.WaitedBeforeResending(wire, reference, TimeSpan.FromSeconds(seconds)));

    [Then("sur le fil, la dernière synchronisation n'a interrogé aucune demande soldée")]
    public Task PasDeSoldees()
    {
        if (world.Synchronisations.Count == 0) throw new Sandbox.KitException("Aucune synchronisation demandée dans ce scénario.");
        var (from, to) = world.Synchronisations[^1];
        return Judge(wire => CallJudge.NoSettledPolled(wire, from, to));
    }

    [Then("sur le fil, la demande de la facture {string} reprend la facture à l'identique")]
    public async Task AlIdentique(string reference)
    {
        var invoice = world.Invoice(reference);
        var idClient = await world.IdClientAsync(invoice.ClientReference);
        await Judge(wire => PayloadJudge.SentAsInvoiced(wire, invoice, idClient, world.Customer(invoice.ClientReference).Request.DateNaissance));
    }

    [Then("sur le fil, la dernière synchronisation a interrogé les {int} demandes par leurs identifiants, 10 au plus par appel")]
    public async Task SynchronisationParIdentifiants(int count)
    {
        if (world.Synchronisations.Count == 0) throw new Sandbox.KitException("Aucune synchronisation demandée dans ce scénario.");
        var ids = new List<string>();
        foreach (var reference in world.Batch) ids.Add(await world.IdDemandeAsync(reference));
        var (from, to) = world.Synchronisations[^1];
        await Judge(wire => SearchJudge.ByIds(wire, from, to, ids.Take(count).ToHashSet()));
    }

    [Then("sur le fil, le dernier rapprochement a recherché par période puis par numéros de facture, 10 au plus par appel")]
    public Task RapprochementParPeriode()
    {
        if (world.Reconciliations.Count == 0) throw new Sandbox.KitException("Aucun rapprochement demandé dans ce scénario.");
        var (from, to, _) = world.Reconciliations[^1];
        return Judge(wire => SearchJudge.ByPeriodThenNumbers(wire, from, to));
    }

    private async Task Judge(Func<IReadOnlyList<WireExchange>, Verdict> judge) =>
        world.Require(judge(await world.Wire.IntegratorAsync(world.Cancellation)));
}
