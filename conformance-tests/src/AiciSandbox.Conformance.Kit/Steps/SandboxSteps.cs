using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>The sandbox the scenario plays in: its tenant and clock, the software configured for it, and faults of the API.</summary>
[Binding]
public sealed class SandboxSteps(ConformanceWorld world)
{
    /// <summary>The provider's id the software puts in idTiersFacturation.</summary>
    public const string IdTiersFacturation = "1081230";

    [Given("un bac à sable URSSAF dont l'horloge est arrêtée au {instant}")]
    public Task BacASable(DateTimeOffset start) => world.CreateSandboxAsync(start);

    [Given("le logiciel de l'intégrateur configuré pour ce bac à sable")]
    public Task LogicielConfigure()
    {
        var tenant = world.Control.Tenant;
        return world.Driver.ConfigureAsync(new DriverConfiguration(tenant.TokenUrl, tenant.ApiBaseUrl, tenant.ClientId, tenant.ClientSecret,
            "homeplus.tiersprestations", IdTiersFacturation), world.Cancellation);
    }

    [Given("le temps avance de {duree}")]
    [When("le temps avance de {duree}")]
    public async Task LeTempsAvance(SandboxDuration duree) =>
        world.Attachments.AttachJson($"horloge : +{duree}", await world.Control.AdvanceAsync(duree.Iso, world.Cancellation));

    [Given("l'API répond {int} aux {int} prochains envois de demandes")]
    public Task PanneStatut(int status, int count) =>
        world.Control.ArmFaultAsync(new { operation = "demandePaiement", kind = "status", status, count }, world.Cancellation);

    [Given("l'API répond {int} au prochain envoi de demandes")]
    public Task PanneStatutUnique(int status) => PanneStatut(status, 1);

    [Given("l'API répond 429 avec un Retry-After de {int} seconde(s) au prochain envoi de demandes")]
    public Task PanneQuota(int seconds) =>
        world.Control.ArmFaultAsync(new { operation = "demandePaiement", kind = "status", status = 429, retryAfterSeconds = seconds, count = 1 }, world.Cancellation);

    [Given("la connexion sera coupée après le traitement du prochain envoi de demandes")]
    public Task Coupure() =>
        world.Control.ArmFaultAsync(new { operation = "demandePaiement", kind = "drop", count = 1 }, world.Cancellation);
}
