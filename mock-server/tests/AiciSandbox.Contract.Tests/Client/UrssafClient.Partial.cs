using System.Net.Http.Headers;
using Newtonsoft.Json;

namespace AiciSandbox.Contract.Tests.Generated;

/// <summary>
/// Hooks of the NSwag-generated client: dates written in UTC with a final <c>Z</c> (the real API refuses <c>+00:00</c>,
/// facts §3) and the bearer token on every call.
/// </summary>
public partial class UrssafClient
{
    public string? AccessToken { get; set; }

    static partial void UpdateJsonSerializerSettings(JsonSerializerSettings settings)
    {
        settings.DateTimeZoneHandling = DateTimeZoneHandling.Utc;
        settings.DateFormatString = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (AccessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
    }
}

