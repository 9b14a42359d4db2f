using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Simulation;

namespace AiciSandbox.Server.Control;

/// <summary>Plays one control action at the tenant's now and answers with what happened and the object afterwards.</summary>
internal static class ControlActions
{
    public static async Task<IResult> PlayAsync(ControlAction action, RequestTenant tenant, TenantSimulation simulation, CancellationToken ct)
    {
        var played = await simulation.ActAsync(tenant.Tenant, action, tenant.Now, ct);
        if (!played.IsAccepted) return ControlResults.Refused(played.Refusal!);
        // An accepted action moved its target: the engine's result holds it as it was just committed.
        var changes = played.Value!;
        var transitions = changes.Transitions.Select(TransitionView.Of).ToList();
        return action switch
        {
            ControlAction.OnParticulier a => ControlResults.Ok(new ActionResult(transitions,
                ParticulierView.Of(changes.Particuliers.Single(p => p.Id.Value == a.IdClient)), null)),
            ControlAction.OnDemande a => ControlResults.Ok(new ActionResult(transitions, null,
                DemandeView.Of(changes.Demandes.Single(d => d.Id.Value == a.IdDemandePaiement)))),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
