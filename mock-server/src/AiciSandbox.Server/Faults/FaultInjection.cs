using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Faults;

/// <summary>
/// Applies the faults armed for a tenant to its URSSAF calls: a status answer instead of the call, or the call followed by a
/// cut connection or a delay. Each firing uses up one of the fault's calls and is marked in the journal.
/// </summary>
internal static class FaultInjection
{
    private const string JournalMark = "fault";

    public static string? MarkOf(HttpContext http) => http.Items.TryGetValue(JournalMark, out var mark) ? mark as string : null;

    public static RouteGroupBuilder WithFaults(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var tenant = http.RequestServices.GetRequiredService<Auth.RequestTenant>();
            var fault = await TakeAsync(http, tenant.Id);
            if (fault is null) return await next(context);
            return await ApplyAsync(http, fault, () => next(context));
        });

    public static async Task<Fault?> TakeAsync(HttpContext http, TenantId tenant)
    {
        if (Fault.OperationOf(http.Request) is not { } operation) return null;
        var fault = await http.RequestServices.GetRequiredService<ISandboxStore>().TakeFaultAsync(tenant, operation, http.RequestAborted);
        if (fault is not null) http.Items[JournalMark] = $"{fault.Kind.ToString().ToLowerInvariant()} ({fault.Id})";
        return fault;
    }

    public static async Task<object?> ApplyAsync(HttpContext http, Fault fault, Func<ValueTask<object?>> call)
    {
        if (fault.Wait() is var wait && wait > TimeSpan.Zero)
            await Task.Delay(wait, http.RequestServices.GetRequiredService<TimeProvider>(), http.RequestAborted);
        switch (fault.Kind)
        {
            case FaultKind.Status:
                if (fault.RetryAfterSeconds is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return FaultAnswers.For(http, fault.Status ?? StatusCodes.Status503ServiceUnavailable);
            case FaultKind.Drop:
                var result = await call();
                if (result is IResult done) await done.ExecuteAsync(http);
                http.Abort();
                return Results.Empty;
            default:
                return await call();
        }
    }
}
