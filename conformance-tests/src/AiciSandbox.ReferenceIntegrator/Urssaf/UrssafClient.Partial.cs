using System.Net.Http.Headers;
using Newtonsoft.Json;

namespace AiciSandbox.ReferenceIntegrator.Generated;

/// <summary>Hooks of the generated client: dates in UTC with a final <c>Z</c> (facts §3) and the bearer token.</summary>
public partial class UrssafClient
{
    public string? AccessToken { get; set; }

    /// <summary>The URSSAF host the contract's full paths are relative to, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri? Host { get; set; }

    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings)
    {
        settings.DateTimeZoneHandling = DateTimeZoneHandling.Utc;
        settings.DateFormatString = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, System.Text.StringBuilder urlBuilder)
    {
        if (Host is not null) urlBuilder.Insert(0, Host.ToString());
    }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (AccessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
    }
}
