using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// An impayé blocks the particulier's account; it is unblocked when its last impayé is recovered from the provider (≥ 30 days
/// later) or regularised (seed CGU art. 4.5.5). The « Impaye » persona validates at once and its debit bounces the next working day.
/// </summary>
public class SimulationEngineImpayeTests
{
    private static readonly DateTimeOffset Monday = EngineSamples.Monday;
    private static readonly DateTimeOffset FirstBounce = new(2026, 3, 19, 5, 0, 0, TimeSpan.Zero);   // Thursday 06:00 Paris
    private static readonly DateTimeOffset FirstRecovery = new(2026, 4, 20, 4, 0, 0, TimeSpan.Zero); // day 30 is a Saturday → Monday 06:00 CEST

    [Fact]
    public void ApplyDue_ImpayePersona_BlocksTheAccountUntilTheRecovery()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);

        var result = SimulationEngine.ApplyDue(EngineSamples.World(client, EngineSamples.Submit(client, Monday)), Monday.AddDays(60));

        result.Transitions.Where(t => t.ObjectKind == "demande").Select(t => (t.Step(), t.Actor)).Should().Equal(
            ((Monday.AddMinutes(1), "10", "20", "NotifyParticulier"), Actor.Clock),
            ((Monday.AddMinutes(6), "20", "30", "ValidateByParticulier"), Actor.Persona),
            ((new DateTimeOffset(2026, 3, 18, 5, 0, 0, TimeSpan.Zero), "30", "50", "Debit"), Actor.Clock),
            ((FirstBounce, "50", "60", "RejectDebit"), Actor.Persona),
            ((new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero), "60", "60", "PayProvider"), Actor.Clock),
            ((FirstRecovery, "60", "120", "RecoverFromProvider"), Actor.Clock));
        result.Transitions.Where(t => t.ObjectKind == "particulier").Select(t => t.Step()).Should().Equal(
            (FirstBounce, "APPAREILLAGE_VALIDE", "PARTICULIER_BLOQUE", "Block"),
            (FirstRecovery, "PARTICULIER_BLOQUE", "APPAREILLAGE_VALIDE", "Unblock"));
        result.Particuliers.Single().ValideLe.Should().Be(EngineSamples.ValideLe);
        result.Demandes.Single().InfoVirement!.MntVirement.Should().Be(50m);
    }

    [Fact]
    public void ApplyDue_TwoImpayes_KeepsTheBlockUntilTheLastIsRecovered()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday, "F-1"), EngineSamples.Submit(client, Monday.AddDays(2), "F-2"));
        var secondRecovery = new DateTimeOffset(2026, 4, 23, 4, 0, 0, TimeSpan.Zero); // bounce Monday 23 March

        var firstRecovered = world.AdvancedTo(FirstRecovery.AddDays(1));
        var result = SimulationEngine.ApplyDue(world, Monday.AddDays(60));

        firstRecovered.Demande("F-1").Statut.Should().Be(DemandeStatus.Recouvree);
        firstRecovered.Demande("F-2").Statut.Should().Be(DemandeStatus.RefusPrelevement);
        firstRecovered.Particulier().Statut.Should().Be(ParticulierStatus.Bloque);
        result.Transitions.Where(t => t.ObjectKind == "particulier").Select(t => (t.At, t.Trigger)).Should().Equal(
            (FirstBounce, "Block"), (secondRecovery, "Unblock"));
    }

    [Fact]
    public void Act_RegulariseTheOnlyImpaye_UnblocksTheAccount()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday)).AdvancedTo(Monday.AddDays(7));
        var now = Monday.AddDays(8);

        var result = world.Accepted(new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.RegulariseImpaye), now);

        result.Transitions.Select(t => (t.ObjectKind, t.To, t.Actor)).Should().Equal(
            ("demande", "70", Actor.Control), ("particulier", "APPAREILLAGE_VALIDE", Actor.Clock));
        result.Messages.Select(m => m.Kind).Should().Equal(OutboxKinds.ImpayeRegularise, OutboxKinds.CompteDebloque);
        SimulationEngine.NextDue(world.After(result)).Should().BeNull();
    }

    [Fact]
    public void Act_RegulariseOneOfTwoImpayes_KeepsTheBlock()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday, "F-1"), EngineSamples.Submit(client, Monday.AddDays(2), "F-2"))
            .AdvancedTo(Monday.AddDays(10));

        var result = world.Accepted(new ControlAction.OnDemande(world.Demande("F-1").Id.Value, DemandeTrigger.RegulariseImpaye), Monday.AddDays(10));

        result.Transitions.Should().ContainSingle().Which.To.Should().Be("70");
        result.Particuliers.Should().BeEmpty();
    }

    [Fact]
    public void Act_CancelTheOnlyImpaye_IsAnnuleeApresImpayeAndUnblocks()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday)).AdvancedTo(Monday.AddDays(7));
        var motif = new InfoRejet("ANNUL_DBL", "Doublon.");

        var result = world.Accepted(new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.Cancel, motif), Monday.AddDays(8));

        result.Demandes.Single().Statut.Should().Be(DemandeStatus.AnnuleeApresImpaye);
        result.Particuliers.Single().Statut.Should().Be(ParticulierStatus.AppareillageValide);
    }

    [Fact]
    public void Act_RegulariseBeforeTheTransfer_StillTransfersOnTheTransferDate()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday)).AdvancedTo(FirstBounce.AddHours(2));
        var transfer = new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero);

        world = world.After(world.Accepted(
            new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.RegulariseImpaye), FirstBounce.AddHours(3)));
        var result = SimulationEngine.ApplyDue(world, Monday.AddDays(60));

        result.Transitions.Select(t => t.Step()).Should().Equal((transfer, "70", "70", "PayProvider"));
        result.Demandes.Single().InfoVirement.Should().Be(new InfoVirement(50m, transfer));
        result.Messages.Select(m => m.Kind).Should().Equal(OutboxKinds.Virement);
    }

    [Fact]
    public void ApplyDue_ImpayeOfAParticulierWithAnExpiredMandate_DoesNotTouchTheAccount()
    {
        var client = EngineSamples.Client(Persona.DebitRejete) with { Statut = ParticulierStatus.MandatEchu };

        var result = SimulationEngine.ApplyDue(EngineSamples.World(client, EngineSamples.Submit(EngineSamples.Client(), Monday)), Monday.AddDays(10));

        result.Demandes.Single().Statut.Should().Be(DemandeStatus.RefusPrelevement);
        result.Particuliers.Should().BeEmpty();
    }
}
