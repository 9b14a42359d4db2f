using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>
/// The control API's calls on a tenant's timeline and records (<c>/sandbox/v1</c>): clock mode, reset, snapshots and their
/// restore, the journal's deletion, the persona table; and the journal's token fingerprint, to compare with what it shows.
/// </summary>
public static class TimelineCalls
{
    /// <summary>The header every authenticated answer carries: the tenant's simulated now.</summary>
    public const string NowHeader = "X-Sandbox-Now";

    /// <summary><c>POST /clock/mode</c> with <paramref name="mode"/> and, when given, <paramref name="speed"/>.</summary>
    public static Task<HttpResponseMessage> SwitchModeAsync(this SandboxApi api, string mode, double? speed = null)
    {
        var body = new JsonObject { ["mode"] = mode };
        if (speed is not null) body["speed"] = speed;
        return api.PostJsonAsync($"{ControlCalls.Base}/clock/mode", body);
    }

    /// <summary><c>POST /reset</c>, with the new timeline's clock settings when given.</summary>
    public static Task<HttpResponseMessage> ResetAsync(this SandboxApi api, JsonObject? clock = null) =>
        api.PostJsonAsync($"{ControlCalls.Base}/reset", clock is null ? null : new JsonObject { ["clock"] = clock });

    /// <summary><c>POST /snapshots</c>, which must answer 201; returns the snapshot (id, label, dates, counts).</summary>
    public static async Task<JsonNode> SnapshotAsync(this SandboxApi api, string? label = null)
    {
        var response = await api.PostJsonAsync($"{ControlCalls.Base}/snapshots", label is null ? null : new JsonObject { ["label"] = label });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!;
    }

    /// <summary><c>GET /snapshots</c>.</summary>
    public static async Task<JsonArray> SnapshotsAsync(this SandboxApi api) =>
        (await (await api.GetAsync($"{ControlCalls.Base}/snapshots")).ShouldBeOkJsonAsync()).AsArray();

    /// <summary><c>POST /snapshots/{id}/restore</c>.</summary>
    public static Task<HttpResponseMessage> RestoreAsync(this SandboxApi api, string snapshotId) =>
        api.PostJsonAsync($"{ControlCalls.Base}/snapshots/{Uri.EscapeDataString(snapshotId)}/restore", null);

    /// <summary><c>DELETE /journal</c>.</summary>
    public static Task<HttpResponseMessage> ClearJournalAsync(this SandboxApi api) =>
        api.SendAsync(HttpMethod.Delete, $"{ControlCalls.Base}/journal", null);

    /// <summary><c>GET /personas</c>.</summary>
    public static async Task<JsonArray> PersonasAsync(this SandboxApi api) =>
        (await (await api.GetAsync($"{ControlCalls.Base}/personas")).ShouldBeOkJsonAsync()).AsArray();

    /// <summary>The simulated now an answer carries in <see cref="NowHeader"/>.</summary>
    public static string SandboxNow(this HttpResponseMessage response) =>
        response.Headers.TryGetValues(NowHeader, out var values)
            ? values.Should().ContainSingle().Which
            : throw new Xunit.Sdk.XunitException($"No {NowHeader} on the {(int)response.StatusCode} answer to {response.RequestMessage?.RequestUri}.");

    /// <summary>How the journal names a token: <c>sha256:</c> and the first 8 hex digits of its SHA-256.</summary>
    public static string Fingerprint(string token) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..8];
}
