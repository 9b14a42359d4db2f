using Microsoft.AspNetCore.Diagnostics;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// The last line of defence, the same in every environment (no exception page, even in Development — issue 12, item 5):
/// a request the server could not read is a 4xx, an unexpected failure a 500, both in the format of the surface the
/// request hit (<see cref="ErrorSurface"/>), never a stack trace.
/// </summary>
internal static class SandboxErrors
{
    /// <summary>
    /// Registers the pieces that must exist before the app is built: parameters that do not bind never throw, in any
    /// environment (<see cref="BindFailures"/> answers them after the token check), and the Development exception page is
    /// replaced by our answer.
    /// </summary>
    public static IServiceCollection AddSandboxErrors(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddSingleton<IDeveloperPageExceptionFilter, NoExceptionPage>();
        return services;
    }

    /// <summary>Outermost: catches what escapes everything else (the journal included).</summary>
    public static WebApplication UseSandboxLastResort(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception failure) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
            {
                await AnswerAsync(http, failure);
            }
        });
        return app;
    }

    /// <summary>Inside the journal, so that the error answer is journaled like any other.</summary>
    public static WebApplication UseSandboxErrors(this WebApplication app)
    {
        app.UseExceptionHandler(handler => handler.Run(http =>
            AnswerAsync(http, http.Features.Get<IExceptionHandlerFeature>()?.Error)));
        return app;
    }

    public static Task AnswerAsync(HttpContext http, Exception? failure)
    {
        var (status, reason) = failure switch
        {
            BadHttpRequestException bad => (bad.StatusCode, Reason(bad)),
            OperationCanceledException => (StatusCodes.Status400BadRequest, "requête interrompue"),
            _ => (StatusCodes.Status500InternalServerError, "erreur technique du bac à sable"),
        };
        http.Response.Clear();
        return ErrorSurface.Answer(http, status, reason).ExecuteAsync(http);
    }

    /// <summary>Binding failures name the parameter ("Failed to bind parameter "int? limit" from "abc"."); others say the request is unreadable.</summary>
    private static string Reason(BadHttpRequestException bad) =>
        bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) || bad.Message.StartsWith("Required parameter", StringComparison.Ordinal)
            ? "paramètre invalide : " + bad.Message
            : "requête HTTP illisible : " + bad.Message;

    /// <summary>Takes the place of the Development exception page: our answer instead of the stack trace.</summary>
    private sealed class NoExceptionPage : IDeveloperPageExceptionFilter
    {
        public Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next) =>
            errorContext.HttpContext.Response.HasStarted ? Task.CompletedTask : AnswerAsync(errorContext.HttpContext, errorContext.Exception);
    }
}
