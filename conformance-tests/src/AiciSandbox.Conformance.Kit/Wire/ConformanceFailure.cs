namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>A verdict: the software under test did not do what the rule asks. Its message names the rule and the evidence.</summary>
public sealed class ConformanceFailure(string message) : Exception(message);
