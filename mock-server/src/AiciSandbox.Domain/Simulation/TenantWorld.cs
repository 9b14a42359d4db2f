using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// The part of a tenant's state the engine works on: particuliers and demandes that can still change, plus any demande a
/// control action targets. The provider's e-mail address receives the organisme's messages.
/// </summary>
public sealed record TenantWorld(IReadOnlyList<Particulier> Particuliers, IReadOnlyList<DemandePaiement> Demandes, string Organisme)
{
    /// <summary>The world after <paramref name="changes"/>: changed objects replaced by their new versions, new ones added.</summary>
    public TenantWorld With(EngineResult changes)
    {
        if (changes.Particuliers.Count == 0 && changes.Demandes.Count == 0) return this;
        return this with
        {
            Particuliers = Replaced(Particuliers, changes.Particuliers, p => p.Id.Value),
            Demandes = Replaced(Demandes, changes.Demandes, d => d.Id.Value),
        };
    }

    private static List<T> Replaced<T>(IReadOnlyList<T> current, IReadOnlyList<T> changed, Func<T, string> id)
    {
        var news = changed.ToDictionary(id, StringComparer.Ordinal);
        var result = current.Select(x => news.Remove(id(x), out var changedOne) ? changedOne : x).ToList();
        result.AddRange(changed.Where(x => news.ContainsKey(id(x))));
        return result;
    }
}

/// <summary>What an engine run changed: the new versions of the objects it moved, what happened, and the messages sent.</summary>
public sealed record EngineResult(
    IReadOnlyList<Particulier> Particuliers,
    IReadOnlyList<DemandePaiement> Demandes,
    IReadOnlyList<Transition> Transitions,
    IReadOnlyList<OutboxMessage> Messages)
{
    public static EngineResult Empty { get; } = new([], [], [], []);

    public bool IsEmpty => Transitions.Count == 0;
}

/// <summary>The next thing that falls due in a tenant: when, on which object, and what.</summary>
public sealed record NextEvent(DateTimeOffset At, string ObjectKind, string ObjectId, string Trigger);

/// <summary>An action played through the control API: someone other than the clock moves a particulier or a demande.</summary>
public abstract record ControlAction
{
    private ControlAction() { }

    public sealed record OnParticulier(string IdClient, ParticulierTrigger Trigger) : ControlAction;

    public sealed record OnDemande(string IdDemandePaiement, DemandeTrigger Trigger, InfoRejet? Motif = null) : ControlAction;
}
