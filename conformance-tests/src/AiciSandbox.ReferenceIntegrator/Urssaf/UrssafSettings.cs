namespace AiciSandbox.ReferenceIntegrator.Urssaf;

/// <summary>Where and as whom the software calls URSSAF: set by the driver's configuration call.</summary>
public sealed record UrssafSettings(string TokenUrl, string ApiBaseUrl, string ClientId, string ClientSecret, string Scope, string IdTiersFacturation)
{
    /// <summary>The host the generated client's full paths (<c>/atp/v1/tiersPrestations/…</c>) are relative to.</summary>
    public Uri Host => new(new Uri(ApiBaseUrl).GetLeftPart(UriPartial.Authority) + "/");
}
