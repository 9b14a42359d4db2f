using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// Demandes taken through their life with <see cref="DemandePaiement.Apply"/>, so that each status comes with the dates it
/// needs. The sample demande (50 € TTC of ménage, aid 25 €) is submitted on Monday 16 March 2026 at 09:00 UTC (10:00 Paris).
/// A step that falls due on its own is played at its due instant; an action of someone is played an hour after the last step.
/// </summary>
internal static class DemandeLife
{
    public static readonly DateTimeOffset Submitted = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    public static readonly InfoRejet Contestation = new("CONTEST_ERR_FACT", "Deux heures facturées, une seule faite.");

    public static readonly InfoRejet Annulation = new("ANNUL_ERR_MNT", "Montant erroné, facture refaite.");

    /// <summary>A demande just accepted by <c>POST /demandePaiement</c> (status 10), with its money and notification date.</summary>
    public static DemandePaiement Integree(DemandePaiementRequest? request = null, DateTimeOffset? at = null) =>
        DemandeSubmissions.Decide([request ?? DemandeSamples.Valid()],
            DemandeSamples.Known(DemandeSamples.Particulier(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero))),
            new HashSet<string>(), at ?? Submitted, null, DemandeId.New).Single().Accepted!;

    /// <summary>The triggers that bring a new demande to <paramref name="status"/>, or null for a status the engine never produces.</summary>
    public static DemandeTrigger[]? PathTo(DemandeStatus status)
    {
        DemandeTrigger[] validated = [DemandeTrigger.NotifyParticulier, DemandeTrigger.AutoValidate];
        DemandeTrigger[] impaye = [.. validated, DemandeTrigger.Debit, DemandeTrigger.RejectDebit];
        DemandeTrigger[] recouvree = [.. impaye, DemandeTrigger.PayProvider, DemandeTrigger.RecoverFromProvider];
        return status switch
        {
            DemandeStatus.Integree => [],
            DemandeStatus.EnAttenteValidation => [DemandeTrigger.NotifyParticulier],
            DemandeStatus.Validee => validated,
            DemandeStatus.Refusee => [DemandeTrigger.NotifyParticulier, DemandeTrigger.ContestByParticulier],
            DemandeStatus.Prelevee => [.. validated, DemandeTrigger.Debit],
            DemandeStatus.Payee => [.. validated, DemandeTrigger.Debit, DemandeTrigger.PayProvider],
            DemandeStatus.RefusPrelevement => impaye,
            DemandeStatus.Recouvree => recouvree,
            DemandeStatus.Annulee => [DemandeTrigger.Cancel],
            DemandeStatus.AnnuleeApresImpaye => [.. impaye, DemandeTrigger.Cancel],
            DemandeStatus.AnnuleeApresRecouvrement => [.. recouvree, DemandeTrigger.Cancel],
            _ => null,
        };
    }

    /// <summary>The sample demande in <paramref name="status"/>: played there, or simply stamped for a status outside the engine.</summary>
    public static DemandePaiement In(DemandeStatus status, Persona persona = Persona.Ordinaire) =>
        PathTo(status) is { } path ? Play(Integree(), persona, path) : Integree() with { Statut = status };

    /// <summary>Applies <paramref name="triggers"/> in turn; each must be accepted.</summary>
    public static DemandePaiement Play(DemandePaiement demande, Persona persona, params DemandeTrigger[] triggers)
    {
        var last = demande.SoumiseLe;
        foreach (var trigger in triggers)
        {
            var at = demande.NextDue is { } due && due.Trigger == trigger ? due.At : last.AddHours(1);
            var outcome = demande.Apply(trigger, at, persona, MotifFor(trigger));
            outcome.Refusal.Should().BeNull($"{trigger} from {demande.Statut} is a move of the lifecycle");
            demande = outcome.Value!;
            last = at;
        }
        return demande;
    }

    /// <summary>A valid motive for the triggers that need one.</summary>
    public static InfoRejet? MotifFor(DemandeTrigger trigger) => trigger switch
    {
        DemandeTrigger.ContestByParticulier => Contestation,
        DemandeTrigger.Cancel => Annulation,
        _ => null,
    };
}
