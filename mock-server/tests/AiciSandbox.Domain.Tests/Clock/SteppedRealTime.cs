namespace AiciSandbox.Domain.Tests.Clock;

/// <summary>A stand-in for the machine's clock that moves only when the test says so.</summary>
internal sealed class SteppedRealTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
