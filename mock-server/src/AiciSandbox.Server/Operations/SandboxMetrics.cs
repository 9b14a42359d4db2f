using System.Diagnostics.Metrics;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Operations;

/// <summary>
/// The sandbox's own instruments (meter <c>AiciSandbox</c>), beside ASP.NET Core's request count and latency
/// (<c>http.server.request.duration</c>): the transitions applied and the demandes held in each status. Exported by
/// <see cref="OperationsSetup"/> at <c>/metrics</c> when <c>Sandbox:Metrics:Enabled</c> is true.
/// </summary>
internal sealed class SandboxMetrics
{
    public const string MeterName = "AiciSandbox";

    private readonly Counter<long> transitions;

    public SandboxMetrics(IMeterFactory meters, DemandeCounts demandes)
    {
        var meter = meters.Create(MeterName);
        transitions = meter.CreateCounter<long>("aicisandbox.transitions", "{transition}",
            "Status changes applied to particuliers and demandes, by object kind, target status and actor.");
        meter.CreateObservableGauge("aicisandbox.demandes", () => demandes.ByStatus()
                .Select(row => new Measurement<long>(row.Count, new KeyValuePair<string, object?>("status", row.Status))),
            "{demande}", "Demandes de paiement held in each status, all tenants together.");
    }

    public void Applied(IReadOnlyList<Transition> applied)
    {
        foreach (var t in applied)
            transitions.Add(1, new("kind", t.ObjectKind), new("to", t.To), new("actor", t.Actor.ToString().ToLowerInvariant()));
    }
}
