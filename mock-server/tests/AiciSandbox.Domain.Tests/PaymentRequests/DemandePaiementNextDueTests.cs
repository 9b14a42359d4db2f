using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using static AiciSandbox.Domain.PaymentRequests.DemandeTrigger;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// <see cref="DemandePaiement.NextDue"/>: what happens next on its own, read from the stored dates (STYLE rule 8). The sample is
/// submitted Monday 16 March 2026 at 09:00 UTC and auto-validated Wednesday 18 at 09:01 UTC.
/// </summary>
public class DemandePaiementNextDueTests
{
    private static readonly DateTimeOffset Debit20March = new(2026, 3, 20, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Virement24March = new(2026, 3, 24, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextDue_Integree_IsTheNotificationOneMinuteAfterSubmission() =>
        DemandeLife.In(DemandeStatus.Integree).NextDue.Should()
            .Be(new DueEvent(DemandeLife.Submitted.AddMinutes(1), NotifyParticulier, Actor.Clock));

    [Fact]
    public void NextDue_WaitingWithoutReaction_IsTheAutoValidationAt48Hours() =>
        DemandeLife.In(DemandeStatus.EnAttenteValidation).NextDue.Should()
            .Be(new DueEvent(new DateTimeOffset(2026, 3, 18, 9, 1, 0, TimeSpan.Zero), AutoValidate, Actor.Clock));

    [Theory]
    [InlineData(Persona.Valideur, ValidateByParticulier)]
    [InlineData(Persona.Contestataire, ContestByParticulier)]
    public void NextDue_WaitingForAPersonaThatReacts_IsItsReaction(Persona persona, DemandeTrigger reaction) =>
        DemandeLife.In(DemandeStatus.EnAttenteValidation, persona).NextDue.Should()
            .Be(new DueEvent(new DateTimeOffset(2026, 3, 16, 9, 6, 0, TimeSpan.Zero), reaction, Actor.Persona));

    [Fact]
    public void NextDue_ReactionStoredAfterTheDeadline_IsTheAutoValidation()
    {
        var waiting = DemandeLife.In(DemandeStatus.EnAttenteValidation, Persona.Valideur);
        var late = waiting with { Echeancier = waiting.Dates with { ReactionLe = waiting.Dates.ValidationLimite!.Value.AddMinutes(1) } };

        late.NextDue!.Trigger.Should().Be(AutoValidate);
    }

    [Fact]
    public void NextDue_Validee_IsTheDebit() =>
        DemandeLife.In(DemandeStatus.Validee).NextDue.Should().Be(new DueEvent(Debit20March, Debit, Actor.Clock));

    [Fact]
    public void NextDue_Prelevee_IsTheTransfer() =>
        DemandeLife.In(DemandeStatus.Prelevee).NextDue.Should().Be(new DueEvent(Virement24March, PayProvider, Actor.Clock));

    [Fact]
    public void NextDue_PreleveeForTheImpayePersona_IsTheBounceBeforeTheTransfer() =>
        DemandeLife.In(DemandeStatus.Validee).Apply(Debit, Debit20March, Persona.DebitRejete).Value!.NextDue.Should()
            .Be(new DueEvent(new DateTimeOffset(2026, 3, 23, 5, 0, 0, TimeSpan.Zero), RejectDebit, Actor.Persona));

    [Fact]
    public void NextDue_ImpayeBeforeTheTransfer_IsTheTransferThenTheRecovery()
    {
        var impaye = DemandeLife.In(DemandeStatus.RefusPrelevement);

        impaye.NextDue.Should().Be(new DueEvent(Virement24March, PayProvider, Actor.Clock));

        var transferred = DemandeLife.Play(impaye, Persona.Ordinaire, PayProvider);
        transferred.Statut.Should().Be(DemandeStatus.RefusPrelevement);
        transferred.InfoVirement!.MntVirement.Should().Be(50m);
        transferred.NextDue.Should().Be(new DueEvent(impaye.Dates.RecouvrementLe!.Value, RecoverFromProvider, Actor.Clock));
    }

    [Fact]
    public void NextDue_ImpayeAfterTheTransfer_IsTheRecovery()
    {
        var paid = DemandeLife.In(DemandeStatus.Payee);
        var at = new DateTimeOffset(2026, 3, 25, 5, 0, 0, TimeSpan.Zero);

        var impaye = paid.Apply(RejectDebit, at, Persona.Ordinaire).Value!;

        impaye.NextDue.Should().Be(new DueEvent(Timings.RecoveryDay(at), RecoverFromProvider, Actor.Clock));
    }

    [Fact]
    public void NextDue_RegularisedBeforeTheTransfer_IsStillTheTransfer()
    {
        var regularised = DemandeLife.Play(DemandeLife.In(DemandeStatus.RefusPrelevement), Persona.Ordinaire, RegulariseImpaye);

        regularised.Statut.Should().Be(DemandeStatus.Payee);
        regularised.NextDue.Should().Be(new DueEvent(Virement24March, PayProvider, Actor.Clock));

        var transferred = DemandeLife.Play(regularised, Persona.Ordinaire, PayProvider);
        transferred.Statut.Should().Be(DemandeStatus.Payee);
        transferred.InfoVirement.Should().Be(new InfoVirement(50m, Virement24March));
        transferred.NextDue.Should().BeNull();
    }

    [Theory]
    [InlineData(DemandeStatus.Payee)]
    [InlineData(DemandeStatus.Refusee)]
    [InlineData(DemandeStatus.Recouvree)]
    [InlineData(DemandeStatus.Annulee)]
    [InlineData(DemandeStatus.AnnuleeApresImpaye)]
    [InlineData(DemandeStatus.AnnuleeApresRecouvrement)]
    [InlineData(DemandeStatus.Cloturee)]
    public void NextDue_SettledOrClosed_IsNothing(DemandeStatus status) => DemandeLife.In(status).NextDue.Should().BeNull();

    [Fact]
    public void Dates_DemandeStoredWithoutSchedule_IsNotifiedOneMinuteAfterSubmission()
    {
        var legacy = DemandeLife.Integree() with { Echeancier = null, Montants = null };

        legacy.Dates.Should().Be(new Echeancier(DemandeLife.Submitted.AddMinutes(1)));
        legacy.Argent.Aide.Should().Be(25m);
    }
}
