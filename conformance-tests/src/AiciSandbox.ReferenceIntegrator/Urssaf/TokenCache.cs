using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace AiciSandbox.ReferenceIntegrator.Urssaf;

/// <summary>
/// The OAuth token, asked for with client_secret_post and reused for its lifetime (1 h), renewed a minute before it
/// ends or at once when URSSAF answers 401 (its clock, not ours, decides expiry).
/// </summary>
public sealed class TokenCache(HttpClient http, TimeProvider time, IReadOnlySet<Defect> defects)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expiresAt;

    public async Task<string> GetAsync(UrssafSettings settings, bool renew, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (token is not null && (defects.Contains(Defect.NeverRenewsToken)
                || (!defects.Contains(Defect.TokenEveryCall) && !renew && time.GetUtcNow() < expiresAt))) return token;

            using var response = await http.PostAsync(settings.TokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = settings.ClientId,
                ["client_secret"] = settings.ClientSecret, ["scope"] = settings.Scope,
            }), ct);
            response.EnsureSuccessStatusCode();
            var issued = await response.Content.ReadFromJsonAsync<TokenAnswer>(ct) ?? throw new InvalidOperationException("Empty token answer.");
            (token, expiresAt) = (issued.AccessToken, time.GetUtcNow().AddSeconds(issued.ExpiresIn - 60));
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Forget()
    {
        token = null;
    }

    private sealed record TokenAnswer([property: JsonPropertyName("access_token")] string AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
