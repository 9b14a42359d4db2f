using System.Globalization;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using static AiciSandbox.Domain.PaymentRequests.DemandeTrigger;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>
/// What each move of <see cref="DemandePaiement.Apply"/> stores: deadlines (seed CGU art. 4.5.2), bank dates (art. 4.5.3),
/// the impayé and its recovery (art. 4.5.5), motives (facts §6). The sample is submitted Monday 16 March 2026, 09:00 UTC.
/// </summary>
public class DemandePaiementApplyTests
{
    private static readonly DateTimeOffset Notified = new(2026, 3, 16, 9, 1, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_Notify_StoresTheNotificationAndA48HourDeadline()
    {
        var notified = DemandeLife.Integree().Apply(NotifyParticulier, Notified, Persona.Ordinaire).Value!;

        notified.Statut.Should().Be(DemandeStatus.EnAttenteValidation);
        notified.Dates.NotifieeLe.Should().Be(Notified);
        notified.Dates.ValidationLimite.Should().Be(new DateTimeOffset(2026, 3, 18, 9, 1, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(Persona.Valideur, ValidateByParticulier)]
    [InlineData(Persona.DebitRejete, ValidateByParticulier)]
    [InlineData(Persona.Contestataire, ContestByParticulier)]
    [InlineData(Persona.Ordinaire, null)]
    [InlineData(Persona.Silencieux, null)]
    [InlineData(Persona.PlafondBas, null)]
    public void Apply_Notify_SchedulesThePersonasReactionFiveMinutesLater(Persona persona, DemandeTrigger? reaction)
    {
        var notified = DemandeLife.Integree().Apply(NotifyParticulier, Notified, persona).Value!;

        notified.Dates.Reaction.Should().Be(reaction);
        notified.Dates.ReactionLe.Should().Be(reaction is null ? null : Notified.AddMinutes(5));
    }

    [Theory]
    [InlineData("2026-03-16T12:00:00Z", "2026-03-18T05:00:00Z", "2026-03-20T05:00:00Z")] // explicit validation on Monday
    [InlineData("2026-03-18T09:01:00Z", "2026-03-20T05:00:00Z", "2026-03-24T05:00:00Z")] // auto-validation on Wednesday
    [InlineData("2026-04-02T09:01:00Z", "2026-04-07T04:00:00Z", "2026-04-09T04:00:00Z")] // Thursday before Easter, in CEST
    public void Apply_Validate_SetsDebitOnTheSecondAndTransferOnTheFourthWorkingDayAt6Paris(string at, string debit, string virement)
    {
        var instant = I(at);
        var waiting = DemandeLife.In(DemandeStatus.EnAttenteValidation, Persona.Valideur);

        var validated = waiting.Apply(ValidateByParticulier, instant, Persona.Valideur).Value!;

        validated.Statut.Should().Be(DemandeStatus.Validee);
        validated.Dates.ValideeLe.Should().Be(instant);
        validated.Dates.PrelevementLe.Should().Be(I(debit));
        validated.Dates.VirementLe.Should().Be(I(virement));
        validated.Dates.ReactionLe.Should().BeNull();
        validated.Dates.Reaction.Should().BeNull();
    }

    [Fact]
    public void Apply_Debit_KnowsTheTransferDateButNotItsAmount()
    {
        var debited = DemandeLife.In(DemandeStatus.Prelevee);

        debited.InfoVirement.Should().Be(new InfoVirement(null, new DateTimeOffset(2026, 3, 24, 5, 0, 0, TimeSpan.Zero)));
        debited.Dates.RejetPrelevementLe.Should().BeNull();
    }

    [Fact]
    public void Apply_DebitOfTheImpayePersona_BouncesTheNextWorkingDay()
    {
        var validated = DemandeLife.In(DemandeStatus.Validee);
        var friday = new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero);

        var debited = validated.Apply(Debit, friday, Persona.DebitRejete).Value!;

        debited.Dates.RejetPrelevementLe.Should().Be(new DateTimeOffset(2026, 3, 23, 5, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Apply_PayProvider_TransfersTheInvoiceMinusTheAcompte()
    {
        var request = DemandeSamples.Valid() with { MntAcompte = 10m, DateVersementAcompte = "2026-03-01T00:00:00Z" };
        var debited = DemandeLife.Play(DemandeLife.Integree(request), Persona.Ordinaire, DemandeLife.PathTo(DemandeStatus.Prelevee)!);

        var paid = debited.Apply(PayProvider, debited.Dates.VirementLe!.Value, Persona.Ordinaire).Value!;

        paid.Statut.Should().Be(DemandeStatus.Payee);
        paid.InfoVirement.Should().Be(new InfoVirement(40m, new DateTimeOffset(2026, 3, 24, 5, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Apply_RejectDebit_StoresTheImpayeAndARecoveryAtLeast30DaysLater()
    {
        var at = new DateTimeOffset(2026, 3, 23, 5, 0, 0, TimeSpan.Zero);

        var impaye = DemandeLife.In(DemandeStatus.Prelevee).Apply(RejectDebit, at, Persona.Ordinaire).Value!;

        impaye.Statut.Should().Be(DemandeStatus.RefusPrelevement);
        impaye.Dates.ImpayeLe.Should().Be(at);
        impaye.Dates.RecouvrementLe.Should().Be(Timings.RecoveryDay(at));
        (impaye.Dates.RecouvrementLe!.Value - at).Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(30));
        impaye.Dates.RejetPrelevementLe.Should().BeNull();
    }

    [Fact]
    public void Apply_RegulariseImpaye_IsPaidAndDropsTheRecovery()
    {
        var regularised = DemandeLife.Play(DemandeLife.In(DemandeStatus.RefusPrelevement), Persona.Ordinaire, PayProvider, RegulariseImpaye);

        regularised.Statut.Should().Be(DemandeStatus.Payee);
        regularised.Dates.RecouvrementLe.Should().BeNull();
        regularised.NextDue.Should().BeNull();
    }

    [Theory]
    [InlineData("REGUL_MNT_FACT")]
    [InlineData("REGUL_AUTRE")]
    [InlineData("CONTEST_FACT_REGLEE")]
    public void Apply_ContestWithARegulOrContestMotive_IsRefuseeWithItsInfoRejet(string code)
    {
        var at = Notified.AddHours(3);
        var motif = new InfoRejet(code, "Je n'étais pas là ce jour-là.");

        var refused = DemandeLife.In(DemandeStatus.EnAttenteValidation).Apply(ContestByParticulier, at, Persona.Ordinaire, motif).Value!;

        refused.Statut.Should().Be(DemandeStatus.Refusee);
        refused.InfoRejet.Should().Be(motif);
        refused.Dates.ClotureLe.Should().Be(at);
        refused.NextDue.Should().BeNull();
    }

    [Theory]
    [InlineData(ContestByParticulier, DemandeStatus.EnAttenteValidation, "ANNUL_DBL")]
    [InlineData(ContestByParticulier, DemandeStatus.EnAttenteValidation, "REGUL_INCONNU")]
    [InlineData(ContestByParticulier, DemandeStatus.EnAttenteValidation, null)]
    [InlineData(Cancel, DemandeStatus.Payee, "CONTEST_ERR_FACT")]
    [InlineData(Cancel, DemandeStatus.Integree, "annul_dbl")]
    [InlineData(Cancel, DemandeStatus.Integree, null)]
    public void Apply_MotiveOfTheWrongFamily_IsMotifInvalide(DemandeTrigger trigger, DemandeStatus status, string? code)
    {
        var demande = DemandeLife.In(status);

        var outcome = demande.Apply(trigger, Notified.AddDays(20), Persona.Ordinaire, code is null ? null : new InfoRejet(code, null));

        outcome.Refusal!.Code.Should().Be(DemandePaiement.RefusedMotif);
        outcome.Refusal.Message.Should().Contain(trigger == Cancel ? "ANNUL_DBL" : "CONTEST_ERR_FACT");
    }

    [Theory]
    [InlineData(DemandeStatus.Integree, DemandeStatus.Annulee)]
    [InlineData(DemandeStatus.Payee, DemandeStatus.Annulee)]
    [InlineData(DemandeStatus.RefusPrelevement, DemandeStatus.AnnuleeApresImpaye)]
    [InlineData(DemandeStatus.Recouvree, DemandeStatus.AnnuleeApresRecouvrement)]
    public void Apply_CancelWithAnAnnulMotive_StoresItAndClosesTheDemande(DemandeStatus from, DemandeStatus to)
    {
        var at = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var motif = new InfoRejet("ANNUL_DBL", "Envoyée deux fois.");

        var cancelled = DemandeLife.In(from).Apply(Cancel, at, Persona.Ordinaire, motif).Value!;

        cancelled.Statut.Should().Be(to);
        cancelled.InfoRejet.Should().Be(motif);
        cancelled.Dates.ClotureLe.Should().Be(at);
        cancelled.NextDue.Should().BeNull();
    }

    private static DateTimeOffset I(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
