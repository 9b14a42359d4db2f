using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AiciSandbox.Storage.Tests.PostgreSql.Http;

/// <summary>The real sandbox server (its <c>Program</c>), configured for PostgreSQL, served by Kestrel on 127.0.0.1 and a free port.</summary>
internal sealed class PostgresSandboxHost(string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel and returns a client for its real address.</summary>
    public HttpClient StartOnLoopback()
    {
        UseKestrel();
        StartServer();
        return CreateClient();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Sandbox:Storage:Provider", "PostgreSql");
        builder.UseSetting("Sandbox:Storage:PostgresConnectionString", connectionString);
    }
}
