using AiciSandbox.Conformance.Kit.Hosting;

namespace AiciSandbox.Conformance.Kit.Tests.Support;

/// <summary>
/// One sandbox on 127.0.0.1 for the whole test assembly (its own SQLite file in a temporary directory): every scenario
/// creates its own tenant in it, so test classes run in parallel against it as several CI runs would. Stopped when the
/// test process exits.
/// </summary>
public static class SharedSandbox
{
    private static readonly Lazy<Task<LoopbackApp>> Instance = new(StartAsync);

    public static async Task<Uri> UrlAsync() => (await Instance.Value).Url;

    private static async Task<LoopbackApp> StartAsync()
    {
        var sandbox = await LoopbackApp.StartSandboxAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return sandbox;
    }
}
