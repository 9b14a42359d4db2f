using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tests.Particuliers;
using AiciSandbox.Domain.Tests.PaymentRequests;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// The whole life of an ordinary particulier and of its demande, played by the engine alone: inscription, activation 5 minutes
/// later, notification, auto-validation at 48 h (seed CGU art. 4.5.2), debit, and the transfer on the 4th working day after the
/// validation (art. 4.5.3) — here across Easter Monday 2026.
/// </summary>
public class FullLifeTests
{
    private static readonly DateTimeOffset InscritLe = new(2026, 2, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SoumiseLe = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero); // Wednesday before Easter

    [Fact]
    public void ApplyDue_OrdinaryParticulier_IsActivatedFiveMinutesAfterTheInscription()
    {
        var registered = InscriptionSamples.Registered(InscriptionSamples.Valid(), InscritLe);

        var result = SimulationEngine.ApplyDue(EngineSamples.World(registered), InscritLe.AddDays(1));

        result.Transitions.Should().ContainSingle().Which.Should().Be(new Transition(InscritLe.AddMinutes(5), "particulier", registered.Id.Value,
            "APPAREILLAGE_EC", "APPAREILLAGE_VALIDE", "Activate", Actor.Clock));
        result.Particuliers.Single().StatutView.Description.Should().EndWith("validé le 23/02/2026 09:05:00");
        result.Messages.Should().BeEmpty();
    }

    [Fact]
    public void ApplyDue_OrdinaryDemande_EndsPaidOnTheFourthWorkingDayAfterTheAutoValidation()
    {
        var particulier = SimulationEngine.ApplyDue(
            EngineSamples.World(InscriptionSamples.Registered(InscriptionSamples.Valid(), InscritLe)), InscritLe.AddDays(1)).Particuliers.Single();
        var demande = EngineSamples.Submit(particulier, SoumiseLe);
        var autoValidated = new DateTimeOffset(2026, 4, 3, 9, 1, 0, TimeSpan.Zero);      // Friday, 48 h after the notification
        var debited = new DateTimeOffset(2026, 4, 8, 4, 0, 0, TimeSpan.Zero);            // Wednesday 06:00 CEST (Monday is Easter Monday)
        var transferred = new DateTimeOffset(2026, 4, 10, 4, 0, 0, TimeSpan.Zero);       // Friday 06:00 CEST

        var result = SimulationEngine.ApplyDue(EngineSamples.World(particulier, demande), new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        result.Transitions.Select(t => t.Step()).Should().Equal(
            (SoumiseLe.AddMinutes(1), "10", "20", "NotifyParticulier"),
            (autoValidated, "20", "30", "AutoValidate"),
            (debited, "30", "50", "Debit"),
            (transferred, "50", "70", "PayProvider"));
        FrenchBusinessCalendar.AddBusinessDays(ParisTime.DateOf(autoValidated), 4).Should().Be(ParisTime.DateOf(transferred));
        var paid = result.Demandes.Single();
        paid.Statut.Should().Be(DemandeStatus.Payee);
        paid.InfoVirement.Should().Be(new InfoVirement(50m, transferred));
        paid.InfoRejet.Should().BeNull();
        result.Messages.Select(m => (m.Kind, m.Channel, m.Recipient)).Should().Equal(
            (OutboxKinds.DemandeAValider, "email", Recipient.Particulier),
            (OutboxKinds.DemandeAValider, "sms", Recipient.Particulier),
            (OutboxKinds.Prelevement, "email", Recipient.Particulier),
            (OutboxKinds.Virement, "email", Recipient.Organisme));
        result.Particuliers.Should().BeEmpty();
    }

    [Fact]
    public void ApplyDue_ContestatairePersona_ContestsFiveMinutesAfterTheNotificationAndNothingFollows()
    {
        var client = EngineSamples.Client(Persona.Contestataire);

        var result = SimulationEngine.ApplyDue(EngineSamples.World(client, EngineSamples.Submit(client, SoumiseLe)), SoumiseLe.AddDays(30));

        result.Transitions.Select(t => (t.Step(), t.Actor)).Should().Equal(
            ((SoumiseLe.AddMinutes(1), "10", "20", "NotifyParticulier"), Actor.Clock),
            ((SoumiseLe.AddMinutes(6), "20", "40", "ContestByParticulier"), Actor.Persona));
        result.Demandes.Single().InfoRejet.Should().Be(Personas.ContestationMotif);
    }

    [Fact]
    public void ApplyDue_PlafondPersonaOverItsCeiling_PaysTheProviderInFullAndDebitsTheRest()
    {
        var client = EngineSamples.Client(Persona.PlafondBas);
        var request = DemandeSamples.Valid() with
        {
            MntFactureTTC = 1_500m, MntFactureHT = 1_363.64m,
            InputPrestations =
            [
                DemandeSamples.Line() with { Quantite = 60m, MntPrestationTTC = 1_500m, MntPrestationHT = 1_363.64m, MntPrestationTVA = 136.36m },
            ],
        };
        var world = EngineSamples.World(client, EngineSamples.Submit(client, SoumiseLe, request: request));

        var result = SimulationEngine.ApplyDue(world, SoumiseLe.AddDays(30));

        var paid = result.Demandes.Single();
        paid.Argent.Aide.Should().Be(500m);
        paid.InfoVirement!.MntVirement.Should().Be(1_500m);
        result.Messages.OfKind(OutboxKinds.Prelevement).Single().Montant.Should().Be(1_000m);
    }
}
