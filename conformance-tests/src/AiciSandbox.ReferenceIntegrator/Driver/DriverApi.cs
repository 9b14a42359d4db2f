using AiciSandbox.ReferenceIntegrator.Billing;
using AiciSandbox.ReferenceIntegrator.Urssaf;

namespace AiciSandbox.ReferenceIntegrator.Driver;

/// <summary>
/// The driver of openapi/integrator-driver.v1.yaml around the billing software: each route calls the software's own
/// service, as a user's click would, and answers what the software then shows.
/// </summary>
public static class DriverApi
{
    public static WebApplication MapDriverApi(this WebApplication app)
    {
        var driver = app.MapGroup("/driver/v1");
        driver.MapGet("/health", (IntegratorOptions options) => TypedResults.Ok(new { software = options.SoftwareName }));
        driver.MapPost("/configuration", Configure);
        driver.MapPost("/clients", (DriverClient client, BillingService billing, CancellationToken ct) => billing.RegisterAsync(client, ct));
        driver.MapGet("/clients/{reference}", async (string reference, BillingService billing, CancellationToken ct) =>
            await billing.ShowClientAsync(reference, ct) is { } view ? Results.Ok(view) : NotFound($"Client {reference} inconnu."));
        driver.MapPost("/invoices", async (SendInvoicesRequest request, BillingService billing, CancellationToken ct) =>
            request.Invoices is { Count: > 0 }
                ? Results.Ok(new InvoicesView(await billing.SendAsync(request.Invoices, ct)))
                : Results.BadRequest(new DriverErrorBody("invoices : au moins une facture.")));
        driver.MapGet("/invoices/{reference}", (string reference, BillingService billing) =>
            billing.ShowInvoice(reference) is { } view ? Results.Ok(view) : NotFound($"Facture {reference} inconnue."));
        driver.MapPost("/synchronisation", async (BillingService billing, CancellationToken ct) =>
        {
            await billing.SynchroniseAsync(ct);
            return Results.NoContent();
        });
        return app;
    }

    private static IResult Configure(DriverConfiguration configuration, UrssafGateway urssaf, TokenCache tokens, BillingStore store)
    {
        if (string.IsNullOrWhiteSpace(configuration.TokenUrl) || string.IsNullOrWhiteSpace(configuration.ApiBaseUrl))
            return Results.BadRequest(new DriverErrorBody("tokenUrl et apiBaseUrl sont obligatoires."));
        urssaf.Settings = new UrssafSettings(configuration.TokenUrl, configuration.ApiBaseUrl, configuration.ClientId, configuration.ClientSecret,
            configuration.Scope ?? "homeplus.tiersprestations", configuration.IdTiersFacturation ?? "1081230");
        tokens.Forget();
        store.Clear();
        return Results.NoContent();
    }

    private static IResult NotFound(string message) => Results.NotFound(new DriverErrorBody(message));
}
