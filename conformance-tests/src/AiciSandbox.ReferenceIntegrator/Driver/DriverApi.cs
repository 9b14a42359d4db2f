using System.Globalization;
using AiciSandbox.ReferenceIntegrator.Billing;
using AiciSandbox.ReferenceIntegrator.Generated;
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
        driver.MapPost("/clients", (CustomerRequest client, BillingService billing, CancellationToken ct) => billing.RegisterAsync(client, ct));
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
        driver.MapPost("/reconciliation", Reconcile);
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

    private static async Task<IResult> Reconcile(ReconciliationRequest? request, BillingService billing, CancellationToken ct)
    {
        if (!Day(request?.DateDebut, out var debut) || !Day(request?.DateFin, out var fin))
            return Results.BadRequest(new DriverErrorBody("dateDebut et dateFin sont obligatoires, au format AAAA-MM-JJ."));
        if (fin < debut) return Results.BadRequest(new DriverErrorBody("dateFin précède dateDebut."));
        try
        {
            return Results.Ok(new InvoicesView(await billing.ReconcileAsync(debut, fin, ct)));
        }
        catch (Exception failure) when (failure is ApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return Results.Json(new DriverErrorBody($"L'URSSAF n'a pas pu être lue : {failure.Message}"), statusCode: StatusCodes.Status502BadGateway);
        }
    }

    private static bool Day(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static IResult NotFound(string message) => Results.NotFound(new DriverErrorBody(message));
}
