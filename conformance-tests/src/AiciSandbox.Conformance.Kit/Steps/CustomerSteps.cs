using AiciSandbox.Conformance.Kit.Driver;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>Customers: described, registered by the software (M010), shown by it (M020), and acting in their online space.</summary>
[Binding]
public sealed class CustomerSteps(ConformanceWorld world)
{
    [Given("le particulier {string} de persona {string}")]
    public async Task DePersona(string name, string persona)
    {
        var personas = await world.Control.PersonasAsync(world.Cancellation);
        var row = personas.FirstOrDefault(p => Named(p, "nomNaissance", persona) || Named(p, "persona", persona))
            ?? throw new KitException($"Persona « {persona} » inconnue ; le bac à sable connaît : {string.Join(", ", personas.Select(p => p["nomNaissance"]))} (scenarios/personas.md).");
        world.Customers[name] = new NamedCustomer(name, persona, CustomerFactory.Create(name, row["nomNaissance"]!.GetValue<string>()));
    }

    [Given("le particulier {string} inscrit par le logiciel")]
    public async Task InscritParLeLogiciel(string name)
    {
        var shown = await Register(name);
        if (shown.State != "registered")
            throw new ConformanceFailure($"Le logiciel n'a pas inscrit « {name} » (EX-04) — {await OnTheWire(name)} ; " +
                $"le logiciel affiche « {shown.State} » {shown.Errors.Described()}{world.Checks}.");
    }

    [Given("le particulier {string} inscrit par le logiciel et actif")]
    public async Task InscritEtActif(string name)
    {
        await InscritParLeLogiciel(name);
        var particulier = await world.ParticulierAsync(name);
        if (particulier["statut"]?["code"]?.GetValue<string>() == "APPAREILLAGE_VALIDE") return;
        var action = particulier["compte"]?.GetValue<string>() == "Existant" ? "appareillage/acceptation" : "activation";
        var idClient = particulier["idClient"]!.GetValue<string>();
        world.Attachments.AttachJson($"particulier {name} : {action}", await world.Control.OnParticulierAsync(idClient, action, world.Cancellation));
    }

    [When("le logiciel inscrit le particulier {string}")]
    public Task Inscrit(string name) => Register(name);

    [When("le logiciel affiche le client {string}")]
    public Task Affiche(string name) => world.Driver.ShowClientAsync(name, world.Cancellation);

    [When("le particulier {string} active son compte")]
    public async Task Active(string name) =>
        await world.Control.OnParticulierAsync(await world.IdClientAsync(name), "activation", world.Cancellation);

    [When("le particulier {string} accepte l'appareillage")]
    public async Task AccepteAppareillage(string name) =>
        await world.Control.OnParticulierAsync(await world.IdClientAsync(name), "appareillage/acceptation", world.Cancellation);

    [When("le particulier {string} refuse l'appareillage")]
    public async Task RefuseAppareillage(string name) =>
        await world.Control.OnParticulierAsync(await world.IdClientAsync(name), "appareillage/refus", world.Cancellation);

    [Then("le logiciel affiche le client {string} avec l'erreur {string}")]
    public async Task AfficheErreur(string name, string code)
    {
        var shown = await world.Driver.ShowClientAsync(name, world.Cancellation);
        if (!(shown.Errors ?? []).Any(e => e.Code == code))
            throw new ConformanceFailure($"Règle EX-05 et EX-06 (CGU art. 4.2) — l'erreur {code} pour le particulier « {name} » doit être montrée ; {await OnTheWire(name)} ; " +
                $"le logiciel affiche « {shown.StatutCode ?? "aucun statut"} » {shown.Errors.Described()}.");
    }

    [Then("le logiciel affiche le client {string} comme inscrit")]
    public async Task AfficheInscrit(string name)
    {
        var shown = await world.Driver.ShowClientAsync(name, world.Cancellation);
        var idClient = await world.IdClientAsync(name);
        if (shown.State != "registered" || shown.IdClient != idClient)
            throw new ConformanceFailure($"Règle EX-04 — le logiciel doit montrer le client inscrit avec l'idClient de l'URSSAF ({idClient}) ; " +
                $"il affiche « {shown.State} », idClient « {shown.IdClient ?? "aucun"} » {shown.Errors.Described()}.");
    }

    [Then("le logiciel affiche le client {string} refusé avec l'erreur {string}")]
    public async Task AfficheRefuse(string name, string code)
    {
        var shown = await world.Driver.ShowClientAsync(name, world.Cancellation);
        if (shown.State != "rejected" || !(shown.Errors ?? []).Any(e => e.Code == code))
            throw new ConformanceFailure($"Règle EX-05 (CGU art. 4.2) — le refus d'éligibilité {code} doit être montré à l'utilisateur ; {await OnTheWire(name)} ; " +
                $"le logiciel affiche « {shown.State} » {shown.Errors.Described()}.");
    }

    [Then("le logiciel affiche le client {string} au statut {string}")]
    public async Task AfficheStatut(string name, string statut)
    {
        var shown = await world.Driver.ShowClientAsync(name, world.Cancellation);
        if (shown.StatutCode != statut)
            throw new ConformanceFailure($"Règle EX-06 et EX-07 (CGU art. 4.2) — le particulier « {name} » doit être montré au statut {statut} ; {await OnTheWire(name)} ; " +
                $"le logiciel affiche « {shown.StatutCode ?? "aucun statut"} » {shown.Errors.Described()}{world.Checks}.");
    }

    /// <summary>What URSSAF last answered about this customer, from the journal (never what the kit expected).</summary>
    private async Task<string> OnTheWire(string name)
    {
        var customer = world.Customer(name);
        var idClient = (await world.Control.ParticuliersByEmailAsync(customer.Request.Email, world.Cancellation)).FirstOrDefault()?["idClient"].AsText();
        return ParticulierOnTheWire.Describe(await world.Wire.IntegratorAsync(world.Cancellation), idClient, customer.Request.Email);
    }

    private async Task<ClientView> Register(string name)
    {
        if (!world.Customers.TryGetValue(name, out var customer))
            world.Customers[name] = customer = new NamedCustomer(name, null, CustomerFactory.Create(name, null));
        return await world.Driver.RegisterAsync(customer.Request, world.Cancellation);
    }

    private static bool Named(System.Text.Json.Nodes.JsonNode row, string column, string name) =>
        string.Equals(row[column].AsText(), name, StringComparison.OrdinalIgnoreCase);

}
