using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tests.Particuliers;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// <see cref="SimulationEngine.Act"/>: a control action (the particulier, a bank, a URSSAF agent) moves one object at now, or is
/// refused with a typed reason — never silently ignored (STYLE rule 5).
/// </summary>
public class SimulationEngineActTests
{
    private static readonly DateTimeOffset Monday = EngineSamples.Monday;

    [Fact]
    public void Act_UnknownParticulier_IsParticulierInconnu()
    {
        var outcome = SimulationEngine.Act(EngineSamples.World([]), new ControlAction.OnParticulier("inconnu", ParticulierTrigger.Activate), Monday);

        outcome.Refusal!.Code.Should().Be("PARTICULIER_INCONNU");
        outcome.Refusal.Message.Should().Contain("inconnu");
    }

    [Fact]
    public void Act_UnknownDemande_IsDemandeInconnue()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday));

        SimulationEngine.Act(world, new ControlAction.OnDemande("inconnue", DemandeTrigger.ValidateByParticulier), Monday)
            .Refusal!.Code.Should().Be("DEMANDE_INCONNUE");
    }

    [Fact]
    public void Act_IllegalMove_IsRefusedAndChangesNothing()
    {
        var demande = EngineSamples.Submit(EngineSamples.Client(), Monday);
        var world = EngineSamples.World(EngineSamples.Client(), demande);

        var outcome = SimulationEngine.Act(world, new ControlAction.OnDemande(demande.Id.Value, DemandeTrigger.ValidateByParticulier), Monday);

        outcome.Refusal!.Code.Should().Be(DemandePaiement.RefusedTransition);
        outcome.Value.Should().BeNull();
        world.Demande("F-2026-0001").Should().Be(demande);
    }

    [Fact]
    public void Act_ContestWithAnAnnulMotive_IsMotifInvalide()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday)).AdvancedTo(Monday.AddHours(1));
        var action = new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.ContestByParticulier, new("ANNUL_DBL", null));

        SimulationEngine.Act(world, action, Monday.AddHours(2)).Refusal!.Code.Should().Be(DemandePaiement.RefusedMotif);
    }

    [Fact]
    public void Act_ActivateAParticulierWhoNeverActivates_IsValidatedByControl()
    {
        var jamais = InscriptionSamples.Registered(InscriptionSamples.Valid() with { NomNaissance = "Jamais" }, Monday);

        var activate = new ControlAction.OnParticulier(jamais.Id.Value, ParticulierTrigger.Activate);

        var result = EngineSamples.World(jamais).Accepted(activate, Monday.AddDays(2));

        result.Transitions.Should().ContainSingle().Which.Should().Be(new Transition(Monday.AddDays(2), "particulier", jamais.Id.Value,
            "APPAREILLAGE_EC", "APPAREILLAGE_VALIDE", "Activate", Actor.Control));
        result.Particuliers.Single().ValideLe.Should().Be(Monday.AddDays(2));
    }

    [Fact]
    public void Act_ContestWithinTheWindow_IsRefuseeAndTellsTheOrganisme()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday)).AdvancedTo(Monday.AddHours(1));
        var motif = new InfoRejet("REGUL_NB_QTE_FACT", "Une heure au lieu de deux.");

        var result = world.Accepted(new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.ContestByParticulier, motif),
            Monday.AddHours(2));

        result.Demandes.Single().Statut.Should().Be(DemandeStatus.Refusee);
        result.Demandes.Single().InfoRejet.Should().Be(motif);
        result.Messages.Should().ContainSingle().Which.Kind.Should().Be(OutboxKinds.Contestation);
        SimulationEngine.NextDue(world.After(result)).Should().BeNull();
    }

    [Fact]
    public void Act_CancelAContestedDemande_IsRefusedCitingTheCgu()
    {
        var client = EngineSamples.Client(Persona.Contestataire);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday)).AdvancedTo(Monday.AddDays(1));
        var cancel = new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.Cancel, new("ANNUL_AUTRE", "Erreur."));

        var outcome = SimulationEngine.Act(world, cancel, Monday.AddDays(1));

        world.Demande("F-2026-0001").InfoRejet.Should().Be(Personas.ContestationMotif);
        outcome.Refusal!.Code.Should().Be(DemandePaiement.RefusedTransition);
        outcome.Refusal.Message.Should().Contain("CGU art. 4.5.6");
    }

    [Fact]
    public void Act_CancelAPaidDemande_ClawsTheTransferBackFromTheOrganismeAtLeast30DaysLater()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday)).AdvancedTo(Monday.AddDays(10));
        var now = new DateTimeOffset(2026, 3, 27, 14, 0, 0, TimeSpan.Zero); // a Friday
        var motif = new InfoRejet("ANNUL_ERR_MNT", "Montant erroné.");

        var result = world.Accepted(new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.Cancel, motif), now);

        result.Demandes.Single().Statut.Should().Be(DemandeStatus.Annulee);
        var organisme = result.Messages.OfKind(OutboxKinds.AnnulationOrganisme).Should().ContainSingle().Subject;
        organisme.To.Should().Be(EngineSamples.Organisme);
        organisme.Montant.Should().Be(50m);
        organisme.DateEffet.Should().Be(new DateTimeOffset(2026, 4, 27, 4, 0, 0, TimeSpan.Zero)); // Sunday 26 April + 1
        (organisme.DateEffet!.Value - now).Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(30));
        organisme.Body.Should().Contain("50,00 €").And.Contain("27/04/2026 à 06:00").And.Contain("ANNUL_ERR_MNT").And.Contain("4.5.6");
        var particulier = result.Messages.OfKind(OutboxKinds.AnnulationParticulier).Should().ContainSingle().Subject;
        particulier.Montant.Should().Be(25m);
        particulier.Body.Should().Contain("25,00 €").And.Contain("remboursés");
    }

    [Fact]
    public void Act_CancelBeforeAnyMoneyMoved_ClawsNothingBack()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday));

        var result = world.Accepted(new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.Cancel, new("ANNUL_DBL", null)),
            Monday.AddSeconds(30));

        result.Demandes.Single().Statut.Should().Be(DemandeStatus.Annulee);
        result.Messages.Select(m => (m.Kind, m.Montant, m.DateEffet)).Should().Equal(
            (OutboxKinds.AnnulationParticulier, null, null), (OutboxKinds.AnnulationOrganisme, null, null));
        SimulationEngine.NextDue(world.After(result)).Should().BeNull();
    }
}
