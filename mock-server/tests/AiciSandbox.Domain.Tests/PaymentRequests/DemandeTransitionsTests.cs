using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using static AiciSandbox.Domain.PaymentRequests.DemandeStatus;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>The demande's transition table (STYLE rule 5): every (status, trigger) pair against <see cref="DemandePaiement.Apply"/>.</summary>
public class DemandeTransitionsTests
{
    [Fact]
    public void Apply_EveryStatusAndTrigger_FollowsTheTableAndRefusesEverythingElse()
    {
        var at = new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var failures = new List<string>();
        foreach (var status in Enum.GetValues<DemandeStatus>())
        {
            foreach (var trigger in Enum.GetValues<DemandeTrigger>())
            {
                var demande = DemandeLife.In(status);
                var before = demande with { };
                var outcome = demande.Apply(trigger, at, Persona.Ordinaire, DemandeLife.MotifFor(trigger));
                var expected = DemandeTransitions.Target(status, trigger);

                if (expected is { } to && outcome.Value?.Statut != to)
                    failures.Add($"({status}, {trigger}) should go to {to}: {outcome.Refusal?.Code} {outcome.Refusal?.Message}");
                if (expected is null && (outcome.IsAccepted || outcome.Refusal!.Code != DemandePaiement.RefusedTransition || outcome.Value is not null))
                    failures.Add($"({status}, {trigger}) should be refused with TRANSITION_INTERDITE");
                if (demande != before) failures.Add($"({status}, {trigger}) changed the demande it was applied to");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Table_EveryStatusItReaches_IsOneTheEngineProduces()
    {
        DemandeStatus[] produced = [Integree, EnAttenteValidation, Validee, Refusee, Prelevee, RefusPrelevement, Payee, Annulee,
            AnnuleeApresImpaye, AnnuleeApresRecouvrement, Recouvree];

        DemandeTransitions.All.Values.Should().BeSubsetOf(produced);
        DemandeTransitions.All.Keys.Select(k => k.From).Should().BeSubsetOf(produced);
    }

    [Theory]
    [InlineData(Refusee)]
    [InlineData(Annulee)]
    [InlineData(AnnuleeApresImpaye)]
    [InlineData(AnnuleeApresRecouvrement)]
    [InlineData(RegularisePrestataire)]
    public void IsFinal_ClosedStatuses_IsTrue(DemandeStatus status) => DemandeTransitions.IsFinal(status).Should().BeTrue();

    [Theory]
    [InlineData(Integree)]
    [InlineData(EnAttenteValidation)]
    [InlineData(Payee)] // a paid demande can still bounce or be cancelled
    [InlineData(RefusPrelevement)]
    [InlineData(Recouvree)]
    public void IsFinal_StatusesThatCanStillMove_IsFalse(DemandeStatus status) => DemandeTransitions.IsFinal(status).Should().BeFalse();

    [Fact]
    public void Apply_CancelAContestedDemande_IsRefusedCitingTheCgu()
    {
        var contested = DemandeLife.In(Refusee);

        var outcome = contested.Apply(DemandeTrigger.Cancel, DemandeLife.Submitted.AddDays(1), Persona.Ordinaire, DemandeLife.Annulation);

        outcome.Refusal!.Code.Should().Be(DemandePaiement.RefusedTransition);
        outcome.Refusal.Message.Should().Contain("contestée").And.Contain("art. 4.5.6");
    }

    [Fact]
    public void Apply_IllegalMove_NamesTheStatusAndTheTrigger()
    {
        var integree = DemandeLife.In(Integree);

        var outcome = integree.Apply(DemandeTrigger.Debit, DemandeLife.Submitted.AddHours(1), Persona.Ordinaire);

        outcome.Refusal!.Message.Should().Contain("10 (Intégrée)").And.Contain(nameof(DemandeTrigger.Debit));
    }

    [Fact]
    public void Live_IsWhereADemandeStillMovesByTimeOrByItsParticulier() =>
        DemandeTransitions.Live.Should().BeEquivalentTo([Integree, EnAttenteValidation, Validee, Prelevee, RefusPrelevement]);

    [Fact]
    public void Released_IsWhereContestationAndCancellationLead() =>
        DemandeTransitions.Released.Should().BeEquivalentTo([Refusee, Annulee, AnnuleeApresImpaye, AnnuleeApresRecouvrement]);
}
