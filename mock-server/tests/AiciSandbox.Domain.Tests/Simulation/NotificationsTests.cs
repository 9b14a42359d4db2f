using System.Globalization;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tests.Particuliers;
using AiciSandbox.Domain.Tests.PaymentRequests;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// The e-mails and SMS of each step (seed CGU art. 4.5.2, 4.5.5, 4.5.6): kind, recipient, channel, amount, date, and a French text
/// with Paris dates. The demande is 50 € TTC with a 10 € acompte: aid 25 €, reste à charge 15 €, transfer 40 €.
/// </summary>
public class NotificationsTests
{
    private static readonly DateTimeOffset Monday = EngineSamples.Monday;

    [Fact]
    public void Inscription_NewAccount_IsAnActivationInvitationByEmail()
    {
        var p = InscriptionSamples.Registered(InscriptionSamples.Valid(), Monday);

        var message = Notifications.Inscription(p, Monday).Should().ContainSingle().Subject;

        message.Should().BeEquivalentTo(new { Kind = OutboxKinds.InvitationActivation, Recipient = Recipient.Particulier, Channel = "email",
            To = "jean.test@example.fr", IdClient = p.Id.Value, At = Monday });
        message.Body.Should().Contain("Activez votre compte");
    }

    [Fact]
    public void Inscription_ExistingAccount_IsAnAppareillageRequestByEmailAndSms()
    {
        var p = InscriptionSamples.Registered(InscriptionSamples.Valid() with { NomNaissance = "Existant" }, Monday);

        Notifications.Inscription(p, Monday).Select(m => (m.Kind, m.Channel, m.To)).Should().Equal(
            (OutboxKinds.DemandeAppareillage, "email", "jean.test@example.fr"), (OutboxKinds.DemandeAppareillage, "sms", "0605040302"));
    }

    [Fact]
    public void Inscription_ActivatedAtOnce_SendsNothing() =>
        Notifications.Inscription(InscriptionSamples.Registered(InscriptionSamples.Valid() with { NomNaissance = "Immediat" }, Monday), Monday)
            .Should().BeEmpty();

    [Theory]
    [InlineData("2026-03-16T09:00:00Z", "18/03/2026 à 10:01")] // winter: UTC+1
    [InlineData("2026-07-06T09:00:00Z", "08/07/2026 à 11:01")] // summer: UTC+2
    public void DemandeAValider_ByEmailAndSms_StatesTheAmountsAndTheParisDeadline(string submitted, string deadline)
    {
        var at = DateTimeOffset.Parse(submitted, CultureInfo.InvariantCulture);
        var messages = Messages(Persona.Ordinaire, at, at.AddMinutes(2));

        messages.Select(m => (m.Kind, m.Channel, m.To)).Should().Equal(
            (OutboxKinds.DemandeAValider, "email", "jean.test@example.fr"), (OutboxKinds.DemandeAValider, "sms", "0605040302"));
        messages.Should().AllSatisfy(m =>
        {
            m.At.Should().Be(at.AddMinutes(1));
            m.Montant.Should().Be(15m);
            m.DateEffet.Should().Be(at.AddMinutes(1).AddHours(48));
            m.Body.Should().Contain($"avant le {deadline}");
        });
        messages[0].Body.Should().Contain("50,00 €").And.Contain("Aide immédiate : 25,00 €").And.Contain("reste à votre charge : 15,00 €")
            .And.Contain("validée automatiquement");
    }

    [Fact]
    public void Contestation_TellsTheOrganismeTheMotiveAndTheComment()
    {
        var message = Messages(Persona.Contestataire, Monday, Monday.AddHours(1)).OfKind(OutboxKinds.Contestation).Should().ContainSingle().Subject;

        message.Should().BeEquivalentTo(
            new { Recipient = Recipient.Organisme, Channel = "email", To = EngineSamples.Organisme, Montant = (decimal?)null });
        message.Body.Should().Contain("CONTEST_ERR_FACT").And.Contain(MotifsRejet.Contestation["CONTEST_ERR_FACT"])
            .And.Contain(Personas.ContestationMotif.Commentaire!).And.Contain("trois jours");
    }

    [Fact]
    public void DebitAndTransfer_TellTheParticulierItsResteACharge_AndTheOrganismeItsTransfer()
    {
        var messages = Messages(Persona.Ordinaire, Monday, Monday.AddDays(10));
        var transfer = new DateTimeOffset(2026, 3, 24, 5, 0, 0, TimeSpan.Zero);

        var debit = messages.OfKind(OutboxKinds.Prelevement).Should().ContainSingle().Subject;
        debit.Should().BeEquivalentTo(
            new { Recipient = Recipient.Particulier, Montant = (decimal?)15m, At = new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero) });
        debit.Body.Should().Contain("15,00 €");
        var virement = messages.OfKind(OutboxKinds.Virement).Should().ContainSingle().Subject;
        virement.Should().BeEquivalentTo(
            new { Recipient = Recipient.Organisme, To = EngineSamples.Organisme, Montant = (decimal?)40m, DateEffet = (DateTimeOffset?)transfer });
        virement.Body.Should().Contain("40,00 €").And.Contain("valeur 24/03/2026 à 06:00");
    }

    [Fact]
    public void Impaye_BlocksTheParticulierAndNotifiesTheOrganismeOfAmountAndEstimatedDebitDate()
    {
        var messages = Messages(Persona.DebitRejete, Monday, Monday.AddDays(10));
        var recovery = new DateTimeOffset(2026, 4, 20, 4, 0, 0, TimeSpan.Zero);

        messages.Select(m => m.Kind).Should().Equal(OutboxKinds.DemandeAValider, OutboxKinds.DemandeAValider, OutboxKinds.Prelevement,
            OutboxKinds.ImpayeOrganisme, OutboxKinds.CompteBloque, OutboxKinds.Virement);
        var impaye = messages.OfKind(OutboxKinds.ImpayeOrganisme).Single();
        impaye.Should().BeEquivalentTo(new { Recipient = Recipient.Organisme, Montant = (decimal?)15m, DateEffet = (DateTimeOffset?)recovery });
        impaye.Body.Should().Contain("15,00 €").And.Contain("à partir du 20/04/2026 à 06:00").And.Contain("notification préalable");
        messages.OfKind(OutboxKinds.CompteBloque).Single().Recipient.Should().Be(Recipient.Particulier);
    }

    [Fact]
    public void Recovery_DebitsTheOrganismeAndUnblocksTheParticulier()
    {
        var messages = Messages(Persona.DebitRejete, Monday, Monday.AddDays(60));
        var recovery = new DateTimeOffset(2026, 4, 20, 4, 0, 0, TimeSpan.Zero);

        messages.TakeLast(2).Select(m => (m.Kind, m.Recipient, m.At)).Should().Equal(
            (OutboxKinds.Recouvrement, Recipient.Organisme, recovery), (OutboxKinds.CompteDebloque, Recipient.Particulier, recovery));
        messages[^2].Montant.Should().Be(15m);
    }

    [Fact]
    public void Cancellation_OfAnImpayeAlreadyTransferred_ClawsBackTheTransferMinusTheUnpaidSum()
    {
        var client = EngineSamples.Client(Persona.DebitRejete);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, Monday, request: WithAcompte())).AdvancedTo(Monday.AddDays(10));
        var now = Monday.AddDays(11);
        var cancel = new ControlAction.OnDemande(world.Demande("F-2026-0001").Id.Value, DemandeTrigger.Cancel, new("ANNUL_AUTRE", "Erreur."));

        var result = world.Accepted(cancel, now);

        var organisme = result.Messages.OfKind(OutboxKinds.AnnulationOrganisme).Single();
        organisme.Montant.Should().Be(25m); // 40 transferred − 15 unpaid (art. 4.5.6)
        organisme.DateEffet.Should().Be(Timings.RecoveryDay(now));
        result.Messages.OfKind(OutboxKinds.AnnulationParticulier).Single().Montant.Should().BeNull(); // nothing was debited from them
    }

    private static DemandePaiementRequest WithAcompte() =>
        DemandeSamples.Valid() with { MntAcompte = 10m, DateVersementAcompte = "2026-03-01T00:00:00Z" };

    /// <summary>The messages of the sample demande's life for a particulier with <paramref name="persona"/>, up to <paramref name="now"/>.</summary>
    private static List<OutboxMessage> Messages(Persona persona, DateTimeOffset submitted, DateTimeOffset now)
    {
        var client = EngineSamples.Client(persona);
        var world = EngineSamples.World(client, EngineSamples.Submit(client, submitted, request: WithAcompte()));
        return SimulationEngine.ApplyDue(world, now).Messages.ToList();
    }
}
