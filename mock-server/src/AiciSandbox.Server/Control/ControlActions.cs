using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

/// <summary>Plays one control action at the tenant's now and answers with what happened and the object afterwards.</summary>
internal static class ControlActions
{
    public static async Task<IResult> PlayAsync(
        ControlAction action, RequestTenant tenant, TenantSimulation simulation, ISandboxStore store, CancellationToken ct)
    {
        var played = await simulation.ActAsync(tenant.Tenant, action, tenant.Now, ct);
        if (!played.IsAccepted) return ControlResults.Refused(played.Refusal!);
        var transitions = played.Value!.Transitions.Select(TransitionView.Of).ToList();
        return action switch
        {
            ControlAction.OnParticulier a => ControlResults.Ok(new ActionResult(transitions,
                ParticulierView.Of((await store.FindParticulierAsync(tenant.Id, a.IdClient, ct))!), null)),
            ControlAction.OnDemande a => ControlResults.Ok(new ActionResult(transitions, null,
                DemandeView.Of((await store.FindDemandeAsync(tenant.Id, a.IdDemandePaiement, ct))!))),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
