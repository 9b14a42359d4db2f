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
        return ControlResults.Ok(Answer(action, played.Value!));
    }

    /// <summary>What the API answers to an accepted action: the transitions and the object afterwards, as the engine committed it.</summary>
    public static ActionResult Answer(ControlAction action, EngineResult changes)
    {
        var transitions = changes.Transitions.Select(TransitionView.Of).ToList();
        return action switch
        {
            ControlAction.OnParticulier a => new ActionResult(transitions,
                ParticulierView.Of(changes.Particuliers.Single(p => p.Id.Value == a.IdClient)), null),
            ControlAction.OnDemande a => new ActionResult(transitions, null,
                DemandeView.Of(changes.Demandes.Single(d => d.Id.Value == a.IdDemandePaiement))),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
