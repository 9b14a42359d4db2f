namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>Thrown when a step's text or table cannot be converted to the parameters of its step definition.</summary>
public sealed class StepArgumentException(string message, Exception? inner = null) : Exception(message, inner);
