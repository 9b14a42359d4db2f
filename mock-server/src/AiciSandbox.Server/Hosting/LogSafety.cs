namespace AiciSandbox.Server.Hosting;

/// <summary>
/// Keeps credentials out of the console log. ASP.NET Core's own "Request starting … http://host/path?query" line prints
/// the raw query string, where a careless client may put <c>client_secret</c> or <c>access_token</c> (issue 12, item 2); it
/// is silenced below Warning. A request line that the sandbox writes itself must mask the query with
/// <see cref="Journal.SecretMasking.UrlEncoded"/>.
/// </summary>
internal static class LogSafety
{
    public static WebApplicationBuilder KeepSecretsOutOfLogs(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }
}
