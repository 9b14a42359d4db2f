using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Wire;
using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Kit.Driver;

/// <summary>
/// The integrator's driver (openapi/integrator-driver.v1.yaml). Every exchange is attached to the current step of the
/// report, so a failure shows what the kit asked and what the software answered.
/// </summary>
public sealed class DriverClient(HttpClient http, IScenarioAttachments attachments, string scenarioRule)
{
    public Task ConfigureAsync(DriverConfiguration configuration, CancellationToken ct) =>
        SendAsync<JsonNode?>(HttpMethod.Post, "/driver/v1/configuration", configuration, ct);

    public async Task<ClientView> RegisterAsync(CustomerRequest client, CancellationToken ct) =>
        DriverAnswers.Checked(await SendAsync<ClientView>(HttpMethod.Post, "/driver/v1/clients", client, ct), "POST /driver/v1/clients");

    public async Task<ClientView> ShowClientAsync(string reference, CancellationToken ct) =>
        DriverAnswers.Checked(await SendAsync<ClientView>(HttpMethod.Get, "/driver/v1/clients/" + Uri.EscapeDataString(reference), null, ct),
            "GET /driver/v1/clients/" + reference);

    public async Task<IReadOnlyList<InvoiceView>> SendInvoicesAsync(IReadOnlyList<DriverInvoice> invoices, CancellationToken ct) =>
        DriverAnswers.Checked(await SendAsync<InvoicesView>(HttpMethod.Post, "/driver/v1/invoices", new SendInvoicesRequest(invoices), ct), "POST /driver/v1/invoices");

    public async Task<InvoiceView> ShowInvoiceAsync(string reference, CancellationToken ct) =>
        DriverAnswers.Checked(await SendAsync<InvoiceView>(HttpMethod.Get, "/driver/v1/invoices/" + Uri.EscapeDataString(reference), null, ct),
            "GET /driver/v1/invoices/" + reference);

    public async Task<IReadOnlyList<InvoiceView>> ReconcileAsync(string dateDebut, string dateFin, CancellationToken ct) =>
        DriverAnswers.Checked(await SendAsync<InvoicesView>(HttpMethod.Post, "/driver/v1/reconciliation", new { dateDebut, dateFin }, ct), "POST /driver/v1/reconciliation");

    public Task SynchroniseAsync(CancellationToken ct) => SendAsync<JsonNode?>(HttpMethod.Post, "/driver/v1/synchronisation", null, ct);

    /// <summary>What a report may show of a request body: the sandbox tenant's secret never reaches a report.</summary>
    private static object Shown(object body) =>
        body is DriverConfiguration configuration ? configuration with { ClientSecret = "***" } : body;

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = KitHttp.JsonBody(body);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new KitException($"Le pilote de l'intégrateur ne répond pas à {method} {path} ({e.Message}).", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new KitException($"Le pilote de l'intégrateur n'a pas répondu à {method} {path} dans le délai de {http.Timeout.TotalSeconds:0} s.", e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            attachments.Attach($"pilote : {method} {path} → {(int)response.StatusCode}", "application/json",
                $"{{\"requete\": {(body is null ? "null" : JsonSerializer.Serialize(Shown(body), KitHttp.Json))},\n \"reponse\": {(string.IsNullOrWhiteSpace(text) ? "null" : text)}}}");
            if ((int)response.StatusCode >= 500)
                throw new ConformanceFailure($"Le logiciel a échoué : le pilote a répondu HTTP {(int)response.StatusCode} à {method} {path} : {KitHttp.Excerpt(text)}" +
                    (scenarioRule.Length > 0 ? $" — le scénario vérifie : {scenarioRule}" : ""));
            if (!response.IsSuccessStatusCode)
                throw new KitException($"Le pilote a refusé {method} {path} : HTTP {(int)response.StatusCode} {KitHttp.Excerpt(text)}");
            if (response.StatusCode == HttpStatusCode.NoContent || string.IsNullOrWhiteSpace(text)) return default;
            try
            {
                return JsonSerializer.Deserialize<T>(text, KitHttp.Json);
            }
            catch (JsonException e)
            {
                throw new KitException($"Réponse du pilote illisible pour {method} {path} ({e.Message}) : {KitHttp.Excerpt(text)}", e);
            }
        }
    }
}
