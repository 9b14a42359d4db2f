using AiciSandbox.Conformance.Kit.Sandbox;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// Before any scenario: the sandbox and the driver answer their health checks. A gate pointed at the wrong address is a
/// configuration error (exit 2), not thirty failed scenarios.
/// </summary>
internal static class Preflight
{
    public static async Task CheckAsync(HttpClient sandbox, HttpClient driver, CancellationToken ct)
    {
        await ExpectOkAsync(sandbox, "/health", "Le bac à sable", ct);
        await ExpectOkAsync(driver, "/driver/v1/health", "Le pilote de l'intégrateur", ct);
    }

    private static async Task ExpectOkAsync(HttpClient http, string path, string who, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(path, ct);
            if (!response.IsSuccessStatusCode)
                throw new KitException($"{who} répond HTTP {(int)response.StatusCode} à GET {new Uri(http.BaseAddress!, path)} : vérifiez l'adresse.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new KitException($"{who} est injoignable à {new Uri(http.BaseAddress!, path)} ({e.Message}).", e);
        }
    }
}
