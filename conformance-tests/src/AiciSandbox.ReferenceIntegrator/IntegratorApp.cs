using AiciSandbox.ReferenceIntegrator.Billing;
using AiciSandbox.ReferenceIntegrator.Driver;
using AiciSandbox.ReferenceIntegrator.Urssaf;

namespace AiciSandbox.ReferenceIntegrator;

/// <summary>
/// Builds the integrator (billing software + driver) as a web application, for the command line and for tests that host
/// it in-process on a loopback port.
/// </summary>
public static class IntegratorApp
{
    /// <summary>The driver's default address.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public static WebApplication Build(string[] args, IReadOnlySet<Defect> defects)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new IntegratorOptions(defects));
        builder.Services.AddSingleton(defects);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BillingStore>();
        builder.Services.AddSingleton(services => new HttpClient(Handler(defects)) { Timeout = TimeSpan.FromSeconds(15) });
        builder.Services.AddSingleton(services => new TokenCache(services.GetRequiredService<HttpClient>(), services.GetRequiredService<TimeProvider>(), defects));
        builder.Services.AddSingleton(services => new UrssafGateway(services.GetRequiredService<HttpClient>(), services.GetRequiredService<TokenCache>(), defects));
        builder.Services.AddSingleton(services => new BillingService(services.GetRequiredService<BillingStore>(), services.GetRequiredService<UrssafGateway>(), defects));
        var app = builder.Build();
        app.MapDriverApi();
        return app;
    }

    private static HttpMessageHandler Handler(IReadOnlySet<Defect> defects) =>
        defects.Contains(Defect.OffsetDates) ? new OffsetDatesHandler { InnerHandler = new SocketsHttpHandler() } : new SocketsHttpHandler();
}
