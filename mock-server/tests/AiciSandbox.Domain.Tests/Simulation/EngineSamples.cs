using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tests.PaymentRequests;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// Worlds for the simulation engine: activated particuliers (validated 1 February 2026) and the sample demande (50 € TTC, aid
/// 25 €, employment 2–13 March 2026) submitted for them through <see cref="DemandeSubmissions.Decide"/>, so that each carries
/// its money and its schedule as the server stores them.
/// </summary>
internal static class EngineSamples
{
    public const string Organisme = "facturation@menage.example.fr";

    public static readonly DateTimeOffset ValideLe = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 16 March 2026, 09:00 UTC (10:00 Paris).</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    /// <summary>An activated particulier with this persona; <paramref name="id"/> tells several apart.</summary>
    public static Particulier Client(Persona persona = Persona.Ordinaire, string id = DemandeSamples.IdClient) =>
        DemandeSamples.Particulier(ValideLe) with { Id = new ParticulierId(id), Persona = persona };

    /// <summary>The sample demande (or <paramref name="request"/>) for <paramref name="client"/>, accepted at <paramref name="at"/>.</summary>
    public static DemandePaiement Submit(Particulier client, DateTimeOffset at, string numero = "F-2026-0001", DemandePaiementRequest? request = null)
    {
        var outcome = DemandeSubmissions.Decide([(request ?? DemandeSamples.Valid()) with { NumFactureTiers = numero, IdClient = client.Id.Value }],
            DemandeSamples.Known(client), new HashSet<string>(), at, null, DemandeId.New).Single();
        outcome.Errors.Should().BeEmpty();
        return outcome.Accepted!;
    }

    public static TenantWorld World(IEnumerable<Particulier> particuliers, params DemandePaiement[] demandes) =>
        new(particuliers.ToList(), demandes, Organisme);

    public static TenantWorld World(Particulier particulier, params DemandePaiement[] demandes) => World([particulier], demandes);

    /// <summary>The world as the server stores it after <paramref name="result"/>: changed objects replace their old versions.</summary>
    public static TenantWorld After(this TenantWorld world, EngineResult result) => world with
    {
        Particuliers = world.Particuliers.Select(p => result.Particuliers.SingleOrDefault(c => c.Id == p.Id) ?? p).ToList(),
        Demandes = world.Demandes.Select(d => result.Demandes.SingleOrDefault(c => c.Id == d.Id) ?? d).ToList(),
    };

    /// <summary>Plays the clock up to <paramref name="now"/> and returns the world afterwards.</summary>
    public static TenantWorld AdvancedTo(this TenantWorld world, DateTimeOffset now) => world.After(SimulationEngine.ApplyDue(world, now));

    /// <summary>Plays a control action that must be accepted.</summary>
    public static EngineResult Accepted(this TenantWorld world, ControlAction action, DateTimeOffset now)
    {
        var outcome = SimulationEngine.Act(world, action, now);
        outcome.Refusal.Should().BeNull();
        return outcome.Value!;
    }

    public static DemandePaiement Demande(this TenantWorld world, string numero) => world.Demandes.Single(d => d.NumFactureTiers == numero);

    public static Particulier Particulier(this TenantWorld world, string id = DemandeSamples.IdClient) =>
        world.Particuliers.Single(p => p.Id.Value == id);

    /// <summary>A transition as <c>(at, from, to, trigger)</c>, to compare lives in one line.</summary>
    public static (DateTimeOffset At, string From, string To, string Trigger) Step(this Transition t) => (t.At, t.From, t.To, t.Trigger);

    public static IEnumerable<OutboxMessage> OfKind(this IEnumerable<OutboxMessage> messages, string kind) => messages.Where(m => m.Kind == kind);
}
