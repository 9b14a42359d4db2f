using AiciSandbox.Server.Control;
using AiciSandbox.Server.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AiciSandbox.Server.Web;

/// <summary>
/// The web pages (Razor Pages, server-rendered, French): the landing page <c>/</c>, the console <c>/console</c> (signed in
/// with a tenant's client_id and secret) and the particulier's space <c>/particulier</c>. Two cookie sessions, each bound to
/// one tenant; antiforgery on every form (Razor Pages' default); no asset from the internet.
/// </summary>
internal static class SandboxPages
{
    public const string ConsoleScheme = "console";
    public const string ParticulierScheme = "particulier";

    public static IServiceCollection AddSandboxPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        // French text as written (« à », « é »), not as character references.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAuthentication()
            .AddCookie(ConsoleScheme, o => Session(o, "aici_console", "/console"))
            .AddCookie(ParticulierScheme, o => Session(o, "aici_particulier", "/particulier"));
        services.AddSingleton<SpacePasswords>();
        services.AddSingleton<SpaceAccessStore>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<DemandeListing>();
        services.AddSingleton<ParticulierListing>();
        services.AddSingleton<OwnTenants>();
        services.AddSingleton<PageJournal>();
        services.AddSingleton<PageActions>();
        services.AddSingleton<TenantTimelines>();
        return services;
    }

    public static WebApplication MapSandboxPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    private static void Session(CookieAuthenticationOptions o, string name, string path)
    {
        o.Cookie.Name = name;
        o.Cookie.Path = path;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.LoginPath = path + "/connexion";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
    }
}
