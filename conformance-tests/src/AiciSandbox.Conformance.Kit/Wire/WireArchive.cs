namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>Where each scenario's exchanges are written as a HAR file (the run's <c>--out</c>/wire); none when null.</summary>
public sealed record WireArchive(string? Directory);
