namespace AiciSandbox.Server.Faults;

/// <summary>
/// The repeatable randomness of a fault: the n-th call a fault sees draws the same numbers for the same seed, on every
/// machine and every run (SplitMix64, not <see cref="Random"/>, whose sequence .NET does not promise to keep).
/// </summary>
internal static class FaultDraw
{
    /// <summary>A number in [0, 1) for call <paramref name="call"/> of a fault seeded with <paramref name="seed"/>; <paramref name="stream"/> separates uses.</summary>
    public static double Unit(int seed, long call, int stream)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)call * 0xBF58476D1CE4E5B9UL + (ulong)stream * 0x94D049BB133111EBUL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Whether call <paramref name="call"/> fires, for a fault that fires with <paramref name="probability"/>.</summary>
    public static bool Fires(double? probability, int seed, long call) => probability is not { } p || Unit(seed, call, 0) < p;

    /// <summary>The extra delay of call <paramref name="call"/>: uniform in [0, <paramref name="jitterMs"/>].</summary>
    public static int Jitter(int? jitterMs, int seed, long call) =>
        jitterMs is > 0 and var j ? (int)Math.Floor(Unit(seed, call, 1) * (j + 1)) : 0;
}
