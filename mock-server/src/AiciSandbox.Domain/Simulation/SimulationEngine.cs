using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// Plays a tenant's time: <see cref="ApplyDue"/> applies, in a deterministic order, every transition that falls due up to
/// now, each at its own due instant; <see cref="Act"/> applies one control action. Both keep particulier and demandes in
/// step: an impayé blocks the account, the settlement of its last impayé lifts the block (seed CGU art. 4.5.5).
/// </summary>
/// <remarks>
/// Pure: a world and an instant in, the changed objects, transitions and messages out. Order of simultaneous events:
/// particuliers before demandes, then by inscription / submission instant, then by id or invoice number.
/// </remarks>
public static class SimulationEngine
{
    public static EngineResult ApplyDue(TenantWorld world, DateTimeOffset now) => Begin(world).ApplyDue(now);

    /// <summary>An engine run the caller plays forward step by step (catch up, look at what is next, move on), loading the world once.</summary>
    public static EngineRun Begin(TenantWorld world) => new(new Run(world));

    public static Outcome<EngineResult> Act(TenantWorld world, ControlAction action, DateTimeOffset now)
    {
        var run = new Run(world);
        var refusal = action switch
        {
            ControlAction.OnParticulier a => run.Particulier(a.IdClient) is { } p
                ? run.MoveParticulier(p, a.Trigger, now, Actor.Control)
                : new Refusal("PARTICULIER_INCONNU", $"Aucun particulier {a.IdClient} pour ce tenant."),
            ControlAction.OnDemande a => run.Demande(a.IdDemandePaiement) is { } d
                ? run.MoveDemande(d, a.Trigger, now, Actor.Control, a.Motif)
                : new Refusal("DEMANDE_INCONNUE", $"Aucune demande de paiement {a.IdDemandePaiement} pour ce tenant."),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        return refusal is null ? Outcome<EngineResult>.Accept(run.Result()) : Outcome<EngineResult>.Refuse(refusal.Code, refusal.Message);
    }

    public static NextEvent? NextDue(TenantWorld world) => Begin(world).Next;

    /// <summary>A working copy of the world for one engine run.</summary>
    internal sealed class Run(TenantWorld world)
    {
        private readonly Dictionary<string, Particulier> particuliers = world.Particuliers.ToDictionary(p => p.Id.Value);
        private readonly Dictionary<string, DemandePaiement> demandes = world.Demandes.ToDictionary(d => d.Id.Value);
        private readonly HashSet<string> changedParticuliers = [];
        private readonly HashSet<string> changedDemandes = [];
        private List<Transition> transitions = [];
        private List<OutboxMessage> messages = [];
        private readonly DueQueue dues = Queued(world);

        /// <summary>How many of each particulier's demandes are en impayé (60): whether its block still holds, without a scan of the world.</summary>
        private readonly Dictionary<string, int> unpaid = world.Demandes
            .Where(d => d.Statut == DemandeStatus.RefusPrelevement).CountBy(d => d.IdClient.Value).ToDictionary();

        private static DueQueue Queued(TenantWorld world)
        {
            var queue = new DueQueue(world.Particuliers.Select(OrderOf).Concat(world.Demandes.Select(OrderOf)));
            foreach (var p in world.Particuliers) queue.Set("particulier", p.Id.Value, DueOf(p));
            foreach (var d in world.Demandes) queue.Set("demande", d.Id.Value, DueOf(d));
            return queue;
        }

        public Particulier? Particulier(string id) => particuliers.GetValueOrDefault(id);

        public DemandePaiement? Demande(string id) => demandes.GetValueOrDefault(id);

        public Due? Earliest() => dues.Peek();

        private void Queue(Particulier p) => dues.Set("particulier", p.Id.Value, DueOf(p));

        private void Queue(DemandePaiement d) => dues.Set("demande", d.Id.Value, DueOf(d));

        private static DueOrder OrderOf(Particulier p) => new(0, p.InscritLe, p.Id.Value, "particulier", p.Id.Value);

        private static DueOrder OrderOf(DemandePaiement d) => new(1, d.SoumiseLe, d.NumFactureTiers, "demande", d.Id.Value);

        private static Due? DueOf(Particulier p) =>
            p.NextDue is { } n ? new Due(n.At, "particulier", p.Id.Value, n.Trigger.ToString()) : null;

        private static Due? DueOf(DemandePaiement d) =>
            d.NextDue is { } n ? new Due(n.At, "demande", d.Id.Value, n.Trigger.ToString(), n) : null;

        public void Fire(Due due)
        {
            if (due.Kind == "particulier")
            {
                var p = particuliers[due.Id];
                Expect(MoveParticulier(p, p.NextDue!.Value.Trigger, due.At, Actor.Clock));
                return;
            }
            var d = demandes[due.Id];
            var next = due.Event!;
            var motif = next.Trigger == DemandeTrigger.ContestByParticulier ? Personas.ContestationMotif : null;
            Expect(MoveDemande(d, next.Trigger, due.At, next.Actor, motif));
        }

        public Refusal? MoveParticulier(Particulier p, ParticulierTrigger trigger, DateTimeOffset at, Actor actor)
        {
            var moved = p.Apply(trigger, at);
            if (!moved.IsAccepted) return moved.Refusal;
            var after = moved.Value!;
            particuliers[after.Id.Value] = after;
            changedParticuliers.Add(after.Id.Value);
            Queue(after);
            transitions.Add(new Transition(at, "particulier", after.Id.Value, p.StatutView.Code, after.StatutView.Code, trigger.ToString(), actor));
            messages.AddRange(Notifications.ParticulierChange(after, trigger, at));
            return null;
        }

        public Refusal? MoveDemande(DemandePaiement d, DemandeTrigger trigger, DateTimeOffset at, Actor actor, InfoRejet? motif)
        {
            var owner = particuliers.GetValueOrDefault(d.IdClient.Value);
            var moved = d.Apply(trigger, at, owner?.Persona ?? Persona.Ordinaire, motif);
            if (!moved.IsAccepted) return moved.Refusal;
            var after = moved.Value!;
            demandes[after.Id.Value] = after;
            changedDemandes.Add(after.Id.Value);
            CountUnpaid(after.IdClient.Value, d.Statut, after.Statut);
            Queue(after);
            transitions.Add(new Transition(at, "demande", after.Id.Value, d.Statut.Code(), after.Statut.Code(), trigger.ToString(), actor));
            if (owner is not null)
            {
                messages.AddRange(Notifications.DemandeChange(after, d.Statut, trigger, owner, world.Organisme, at));
                KeepAccountInStep(owner.Id.Value, d.Statut, after.Statut, at);
            }
            return null;
        }

        /// <summary>Art. 4.5.5: an impayé blocks the particulier's account; the block lasts while any of its demandes is unpaid.</summary>
        private void KeepAccountInStep(string idClient, DemandeStatus from, DemandeStatus to, DateTimeOffset at)
        {
            var p = particuliers[idClient];
            if (to == DemandeStatus.RefusPrelevement && from != to && p.Statut == ParticulierStatus.AppareillageValide)
                MoveParticulier(p, ParticulierTrigger.Block, at, Actor.Clock);
            else if (from == DemandeStatus.RefusPrelevement && to != from && p.Statut == ParticulierStatus.Bloque
                     && unpaid.GetValueOrDefault(idClient) == 0)
                MoveParticulier(p, ParticulierTrigger.Unblock, at, Actor.Clock);
        }

        private void CountUnpaid(string idClient, DemandeStatus from, DemandeStatus to)
        {
            if (from == to) return;
            if (to == DemandeStatus.RefusPrelevement) unpaid[idClient] = unpaid.GetValueOrDefault(idClient) + 1;
            else if (from == DemandeStatus.RefusPrelevement) unpaid[idClient] = unpaid[idClient] - 1;
        }

        public EngineResult Result() => new(
            changedParticuliers.Select(id => particuliers[id]).ToList(),
            changedDemandes.Select(id => demandes[id]).ToList(),
            transitions,
            messages);

        /// <summary>What the run changed since the last call, and a fresh start for what it changes next.</summary>
        public EngineResult TakeResult()
        {
            var result = Result();
            changedParticuliers.Clear();
            changedDemandes.Clear();
            transitions = [];
            messages = [];
            return result;
        }

        private static void Expect(Refusal? refusal)
        {
            if (refusal is not null) throw new InvalidOperationException($"A due event was refused: {refusal.Code} {refusal.Message}");
        }
    }
}
