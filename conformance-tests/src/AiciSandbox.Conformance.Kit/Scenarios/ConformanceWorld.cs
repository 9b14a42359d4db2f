using System.Text.Json.Nodes;
using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>
/// What one scenario knows: its own sandbox tenant (created by the first step), the driver of the software under test,
/// the customers and invoices it named, and the marks it put in the journal. One instance per scenario.
/// </summary>
public sealed class ConformanceWorld(KitConnections connections, ScenarioInfo scenario, IScenarioAttachments attachments)
{
    private SandboxControl? _control;
    private WireLog? _wire;
    private DriverClient? _driver;
    private readonly Dictionary<string, string> _idDemandes = new(StringComparer.Ordinal);

    public CancellationToken Cancellation => scenario.Cancellation;

    public IScenarioAttachments Attachments => attachments;

    /// <summary>The rule the scenario cites, appended to failures that are not a judge's own verdict.</summary>
    public string Rule { get; } = ScenarioRules.Of(scenario.Scenario);

    public DriverClient Driver => _driver ??= new(connections.Driver, attachments, Rule);

    public SandboxControl Control => _control ?? throw new KitException("Aucun bac à sable : le scénario doit commencer par « un bac à sable URSSAF dont l'horloge est arrêtée au … ».");

    public WireLog Wire => _wire ?? throw new KitException("Aucun bac à sable pour lire le journal.");

    public bool HasSandbox => _control is not null;

    /// <summary>The customers the scenario named, by name.</summary>
    public Dictionary<string, NamedCustomer> Customers { get; } = new(StringComparer.Ordinal);

    /// <summary>The invoices the scenario sent, by reference.</summary>
    public Dictionary<string, DriverInvoice> Invoices { get; } = new(StringComparer.Ordinal);

    /// <summary>What the software showed for each invoice when it was last sent.</summary>
    public Dictionary<string, InvoiceView> SentViews { get; } = new(StringComparer.Ordinal);

    /// <summary>Journal marks (before, after) of each synchronisation the scenario asked for.</summary>
    public List<(long From, long To)> Synchronisations { get; } = [];

    /// <summary>Journal marks (before, after) of each reconciliation, and what the software answered.</summary>
    public List<(long From, long To, IReadOnlyList<InvoiceView> Found)> Reconciliations { get; } = [];

    /// <summary>The invoices of the « {int} factures » steps.</summary>
    public IEnumerable<string> Batch => Invoices.Keys.Where(r => r.StartsWith(BatchPrefix, StringComparison.Ordinal));

    public const string BatchPrefix = "LOT-";

    public async Task CreateSandboxAsync(DateTimeOffset start)
    {
        var label = $"conformité — {scenario.FeatureName} — {scenario.Title}";
        var tenant = await SandboxControl.CreateTenantAsync(connections.Sandbox, connections.Bootstrap, label.Length > 100 ? label[..100] : label, start, Cancellation);
        _control = new SandboxControl(connections.Sandbox, tenant);
        _wire = new WireLog(_control);
    }

    /// <summary>« — le scénario vérifie : Règle … », for failures found on the way to the scenario's own check.</summary>
    public string Checks => Rule.Length > 0 ? $" — le scénario vérifie : {Rule}" : "";

    public NamedCustomer Customer(string name) =>
        Customers.TryGetValue(name, out var c) ? c : throw new KitException($"Le particulier « {name} » n'a pas été décrit dans ce scénario.");

    public DriverInvoice Invoice(string reference) =>
        Invoices.TryGetValue(reference, out var i) ? i : throw new KitException($"La facture « {reference} » n'a pas été envoyée dans ce scénario.");

    /// <summary>
    /// The demande the sandbox holds for this invoice; exactly one is expected. Remembered once found: an invoice number
    /// is unique in a tenant (a second one is refused ERR_FACTURE_DOUBLON), so its id never changes.
    /// </summary>
    public async Task<string> IdDemandeAsync(string reference)
    {
        if (_idDemandes.TryGetValue(reference, out var known)) return known;
        var found = await Control.DemandesByNumeroAsync(reference, Cancellation);
        return found.Count switch
        {
            1 => _idDemandes[reference] = found[0]["idDemandePaiement"]!.GetValue<string>(),
            0 => throw new ConformanceFailure($"L'URSSAF n'a enregistré aucune demande de paiement pour la facture « {reference} » (EX-09) — " +
                $"{InvoiceOnTheWire.Describe(await Wire.IntegratorAsync(Cancellation), reference)}{Checks}."),
            _ => throw new ConformanceFailure($"L'URSSAF a enregistré {found.Count} demandes pour la facture « {reference} » : une seule était attendue (EX-14)."),
        };
    }

    /// <summary>
    /// Enforces a verdict: on failure, attaches the exchanges that prove it and fails the step with its message — followed by
    /// the scenario's own rule when <paramref name="citeScenario"/> (a check on the way to what the scenario aims at).
    /// </summary>
    public void Require(Verdict verdict, bool citeScenario = false)
    {
        if (verdict.Passed) return;
        if (verdict.Evidence.Count > 0) Attachments.AttachText("preuves sur le fil", WireReport.Detailed(verdict.Evidence, Control.BaseUrl));
        throw new ConformanceFailure(verdict.Failure! + (citeScenario ? Checks : ""));
    }

    /// <summary>The idClient the sandbox gave this customer's inscription.</summary>
    public async Task<string> IdClientAsync(string name) => (await ParticulierAsync(name))["idClient"]!.GetValue<string>();

    /// <summary>The sandbox's view of this customer's inscription (status, account type, dates).</summary>
    public async Task<JsonNode> ParticulierAsync(string name)
    {
        var email = Customer(name).Request.Email;
        var found = await Control.ParticuliersByEmailAsync(email, Cancellation);
        return found.Count == 1
            ? found[0]
            : throw new ConformanceFailure($"L'URSSAF ne connaît pas d'inscription du particulier « {name} » ({email}) : le logiciel ne l'a pas inscrit (EX-04){Checks}.");
    }
}

/// <summary>A customer the scenario named, with the persona that chose its behaviour in the sandbox.</summary>
public sealed record NamedCustomer(string Name, string? Persona, CustomerRequest Request);

/// <summary>The HTTP clients of one run: to the sandbox and to the integrator's driver.</summary>
public sealed record KitConnections(HttpClient Sandbox, HttpClient Driver, SandboxCredentials Bootstrap);
