namespace AiciSandbox.Server.Hosting;

/// <summary>
/// <c>AiciSandbox.Server --healthcheck</c>: asks the running sandbox's <c>/ready</c> (up, storage reachable, migrations
/// applied) on the address it was configured with (<c>ASPNETCORE_URLS</c> or <c>--urls</c>), so a container health check
/// follows a custom port. Exit code 0 when ready. It needs no systemd: <c>podman healthcheck run</c> calls it on demand.
/// </summary>
internal static class HealthCheckCommand
{
    public const string Flag = "--healthcheck";

    public static async Task<int> RunAsync(string[] args)
    {
        var configured = Environment.GetEnvironmentVariable("ASPNETCORE_URLS")
            ?? args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault()
            ?? SandboxServices.DefaultUrl;
        var url = configured.Split(';')[0].Replace("0.0.0.0", "127.0.0.1").Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1");
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            var response = await http.GetAsync(url.TrimEnd('/') + "/ready");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"unhealthy: {e.Message}");
            return 1;
        }
    }
}
