using AiciSandbox.Domain.Errors;
using AiciSandbox.Server.Urssaf;
using Microsoft.AspNetCore.Diagnostics;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// The last line of defence: a request the server could not read is a 400, an unexpected failure a 500 in the URSSAF error
/// format (<c>ERREUR_TECHNIQUE</c>), never a stack trace.
/// </summary>
internal static class SandboxErrors
{
    public static WebApplication UseSandboxErrors(this WebApplication app)
    {
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, error) = failure switch
            {
                BadHttpRequestException bad => (bad.StatusCode, ErrorCatalog.Validation("requête", "requête HTTP illisible")),
                OperationCanceledException => (StatusCodes.Status400BadRequest, ErrorCatalog.Validation("requête", "requête interrompue")),
                _ => (StatusCodes.Status500InternalServerError, ErrorCatalog.Error(ErrorCodes.Technical)),
            };
            await UrssafResults.Errors(status, [error]).ExecuteAsync(context);
        }));
        return app;
    }
}
