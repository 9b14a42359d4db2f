using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tests.Particuliers;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// <see cref="SimulationEngine.ApplyDue"/> and <see cref="SimulationEngine.NextDue"/>: everything that falls due up to now, each
/// at its own instant, in a deterministic order (STYLE rule 8). The sample demande is submitted Monday 16 March 2026, 09:00 UTC.
/// </summary>
public class SimulationEngineTests
{
    private static readonly DateTimeOffset Monday = EngineSamples.Monday;

    [Fact]
    public void ApplyDue_OneBigAdvance_PlaysTheWholeChainEachAtItsOwnInstant()
    {
        var demande = EngineSamples.Submit(EngineSamples.Client(), Monday);
        var now = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

        var result = SimulationEngine.ApplyDue(EngineSamples.World(EngineSamples.Client(), demande), now);

        result.Transitions.Select(t => t.Step()).Should().Equal(
            (Monday.AddMinutes(1), "10", "20", "NotifyParticulier"),
            (new DateTimeOffset(2026, 3, 18, 9, 1, 0, TimeSpan.Zero), "20", "30", "AutoValidate"),
            (new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero), "30", "50", "Debit"),
            (new DateTimeOffset(2026, 3, 24, 5, 0, 0, TimeSpan.Zero), "50", "70", "PayProvider"));
        result.Transitions.Should().AllSatisfy(t => t.Actor.Should().Be(Actor.Clock));
        result.Demandes.Single().Statut.Should().Be(DemandeStatus.Payee);
        result.Particuliers.Should().BeEmpty();
    }

    [Fact]
    public void ApplyDue_NowJustBeforeADeadline_StopsAtNow()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday));
        var deadline = new DateTimeOffset(2026, 3, 18, 9, 1, 0, TimeSpan.Zero);

        var before = SimulationEngine.ApplyDue(world, deadline.AddTicks(-1));
        var at = SimulationEngine.ApplyDue(world, deadline);

        before.Transitions.Select(t => t.To).Should().Equal("20");
        before.Demandes.Single().Statut.Should().Be(DemandeStatus.EnAttenteValidation);
        SimulationEngine.NextDue(world.After(before)).Should().Be(new NextEvent(deadline, "demande", before.Demandes.Single().Id.Value, "AutoValidate"));
        at.Transitions.Select(t => t.To).Should().Equal("20", "30");
    }

    [Fact]
    public void ApplyDue_NothingDueYet_IsEmpty()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday));

        var result = SimulationEngine.ApplyDue(world, Monday.AddSeconds(59));

        result.IsEmpty.Should().BeTrue();
        result.Demandes.Should().BeEmpty();
        result.Messages.Should().BeEmpty();
    }

    [Fact]
    public void ApplyDue_SimultaneousEvents_RunParticuliersFirstThenBySubmissionThenByInvoiceNumber()
    {
        var due = Monday.AddMinutes(1);
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid() with { NomNaissance = "Martin" }, Monday.AddMinutes(-4));
        var client = EngineSamples.Client();
        var earlier = EngineSamples.Submit(client, Monday.AddMinutes(-1), "F-Z") with { Echeancier = new Echeancier(due) };
        var numberA = EngineSamples.Submit(client, Monday, "F-A");
        var number0 = EngineSamples.Submit(client, Monday, "F-0");

        var result = SimulationEngine.ApplyDue(EngineSamples.World([client, pending], numberA, earlier, number0), due);

        result.Transitions.Select(t => t.At).Should().AllBeEquivalentTo(due);
        result.Transitions.Select(t => t.ObjectId).Should().Equal(pending.Id.Value, earlier.Id.Value, number0.Id.Value, numberA.Id.Value);
    }

    [Fact]
    public void ApplyDue_ShuffledInput_GivesTheSameTransitionsMessagesAndObjects()
    {
        var (particuliers, demandes) = Busy();
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var first = SimulationEngine.ApplyDue(EngineSamples.World(particuliers, [.. demandes]), now);
        var again = SimulationEngine.ApplyDue(EngineSamples.World(particuliers, [.. demandes]), now);
        var shuffled = SimulationEngine.ApplyDue(
            EngineSamples.World(particuliers.AsEnumerable().Reverse(), [.. demandes.Skip(2), .. demandes.Take(2).Reverse()]), now);

        foreach (var other in new[] { again, shuffled })
        {
            other.Transitions.Should().Equal(first.Transitions);
            other.Messages.Should().Equal(first.Messages);
            other.Demandes.Should().Equal(first.Demandes);
            other.Particuliers.Should().Equal(first.Particuliers);
        }
    }

    [Fact]
    public void ApplyDue_ManyObjects_AppliesEverythingInTimeOrderAndNothingAfterNow()
    {
        var (particuliers, demandes) = Busy();
        var now = new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero);

        var result = SimulationEngine.ApplyDue(EngineSamples.World(particuliers, [.. demandes]), now);

        result.Transitions.Select(t => t.At).Should().BeInAscendingOrder().And.AllSatisfy(at => at.Should().BeOnOrBefore(now));
        SimulationEngine.NextDue(EngineSamples.World(particuliers, [.. demandes]).After(result))!.At.Should().BeAfter(now);
        result.Transitions.Should().Contain(t => t.Actor == Actor.Persona).And.Contain(t => t.ObjectKind == "particulier");
    }

    [Fact]
    public void NextDue_ParticulierAndDemandePending_IsTheEarliest()
    {
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid() with { NomNaissance = "Martin" }, Monday);
        var demande = EngineSamples.Submit(EngineSamples.Client(), Monday.AddMinutes(2));

        SimulationEngine.NextDue(EngineSamples.World([EngineSamples.Client(), pending], demande)).Should()
            .Be(new NextEvent(Monday.AddMinutes(3), "demande", demande.Id.Value, "NotifyParticulier"));
        var later = demande with { SoumiseLe = Monday.AddMinutes(5), Echeancier = new Echeancier(Monday.AddMinutes(6)) };
        SimulationEngine.NextDue(EngineSamples.World([EngineSamples.Client(), pending], later)).Should()
            .Be(new NextEvent(Monday.AddMinutes(5), "particulier", pending.Id.Value, "Activate"));
    }

    [Fact]
    public void NextDue_NothingLeftToHappen_IsNull()
    {
        var world = EngineSamples.World(EngineSamples.Client(), EngineSamples.Submit(EngineSamples.Client(), Monday));

        SimulationEngine.NextDue(EngineSamples.World([], [])).Should().BeNull();
        SimulationEngine.NextDue(world.AdvancedTo(Monday.AddDays(30))).Should().BeNull();
    }

    /// <summary>Three particuliers with different personas, two demandes each, some submitted in the same batch instant.</summary>
    private static (List<Particulier>, List<DemandePaiement>) Busy()
    {
        var ordinaire = EngineSamples.Client(Persona.Ordinaire, "00000000-0000-4000-8000-000000000001");
        var valideur = EngineSamples.Client(Persona.Valideur, "00000000-0000-4000-8000-000000000002");
        var impaye = EngineSamples.Client(Persona.DebitRejete, "00000000-0000-4000-8000-000000000003");
        var demandes = new List<DemandePaiement>
        {
            EngineSamples.Submit(ordinaire, Monday, "F-01"), EngineSamples.Submit(valideur, Monday, "F-02"),
            EngineSamples.Submit(impaye, Monday, "F-03"), EngineSamples.Submit(ordinaire, Monday.AddHours(3), "F-04"),
            EngineSamples.Submit(valideur, Monday.AddDays(1), "F-05"), EngineSamples.Submit(impaye, Monday.AddDays(2), "F-06"),
        };
        return ([ordinaire, valideur, impaye], demandes);
    }
}
