using AiciSandbox.Conformance.Runner.Execution;
using AiciSandbox.Conformance.Runner.Reports;

namespace AiciSandbox.Conformance.Runner.Xunit;

/// <summary>
/// Thrown by <see cref="XunitScenarioRunner"/> when a scenario did not pass; its message is the step report.
/// </summary>
public sealed class ScenarioFailedException(ScenarioResult result) : Exception(StepReport.Format(result))
{
    /// <summary>The full result (steps, attachments).</summary>
    public ScenarioResult Result { get; } = result;
}
