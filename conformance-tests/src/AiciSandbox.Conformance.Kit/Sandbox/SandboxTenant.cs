namespace AiciSandbox.Conformance.Kit.Sandbox;

/// <summary>A tenant the kit created for one scenario: what the integrator's software is configured with.</summary>
public sealed record SandboxTenant(string Id, string ClientId, string ClientSecret, string TokenUrl, string ApiBaseUrl);

/// <summary>A tenant's client credentials.</summary>
public sealed record SandboxCredentials(string ClientId, string ClientSecret)
{
    /// <summary>The default tenant of a sandbox started with its default configuration (README).</summary>
    public static readonly SandboxCredentials Default = new("sandbox-demo", "sandbox-demo-secret");
}
