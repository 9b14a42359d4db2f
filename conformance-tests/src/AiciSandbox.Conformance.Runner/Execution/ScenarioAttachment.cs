namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// A piece of evidence attached to a scenario by step code (a wire exchange, a response body, a log).
/// </summary>
/// <param name="Name">A short title shown in reports.</param>
/// <param name="MediaType">e.g. <c>text/plain</c> or <c>application/json</c>.</param>
/// <param name="Content">The text itself, shown escaped in reports.</param>
/// <param name="StepIndex">The step running when it was attached, or null outside steps (hooks).</param>
/// <param name="AttachedAt">When it was attached, from the run's time provider.</param>
public sealed record ScenarioAttachment(string Name, string MediaType, string Content, int? StepIndex, DateTimeOffset AttachedAt);
