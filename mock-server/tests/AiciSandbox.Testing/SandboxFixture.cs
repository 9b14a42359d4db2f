namespace AiciSandbox.Testing;

/// <summary>
/// One in-process sandbox per test class (xunit class fixture). Tests of the class share the host, never data: each test
/// creates its own tenant with <see cref="NewTenantAsync"/>.
/// </summary>
public class SandboxFixture : IAsyncLifetime
{
    public SandboxHost Host { get; } = new();

    public HttpClient Client { get; protected set; } = null!;

    public virtual Task InitializeAsync()
    {
        Client = Host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>A fresh tenant whose manual clock starts at <paramref name="clockStart"/> (default Monday 2 March 2026, 08:00 UTC).</summary>
    public Task<SandboxApi> NewTenantAsync(string clockStart = "2026-03-02T08:00:00Z") => SandboxApi.CreateAsync(Client, clockStart);

    /// <summary>
    /// A fresh tenant with one particulier (born 1980-03-29) activated at the clock start, then two days later: the day after
    /// the start is in the past and after the activation, so <see cref="TestData.Demande"/>'s default day is accepted.
    /// </summary>
    public async Task<(SandboxApi Api, string IdClient)> NewTenantWithActiveParticulierAsync()
    {
        var api = await NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        return (api, idClient);
    }
}

/// <summary>
/// A sandbox whose real clock is a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> (starting Monday 2 March
/// 2026, 08:00 UTC): the accelerated mode is tested by advancing <see cref="RealTime"/>, never by waiting. Tests of one class
/// run one after the other, so each may move it; each still makes its own tenant.
/// </summary>
public sealed class FakeRealTimeSandboxFixture : SandboxFixture
{
    public FakeRealTimeSandboxFixture() => RealTime = Host.UseFakeRealTime(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider RealTime { get; }

    /// <summary>A fresh tenant whose clock starts accelerated (default speed: 3 600) at <paramref name="clockStart"/>.</summary>
    public Task<SandboxApi> NewAcceleratedTenantAsync(string clockStart = "2026-03-02T08:00:00Z") =>
        SandboxApi.CreateAsync(Client, clockStart, "accelerated");
}

/// <summary>The same sandbox served by Kestrel on 127.0.0.1, reached with a plain <see cref="HttpClient"/>.</summary>
public sealed class LoopbackSandboxFixture : SandboxFixture
{
    public Uri BaseAddress { get; private set; } = null!;

    public override Task InitializeAsync()
    {
        BaseAddress = Host.StartOnLoopback();
        Client = new HttpClient { BaseAddress = BaseAddress };
        return Task.CompletedTask;
    }
}
