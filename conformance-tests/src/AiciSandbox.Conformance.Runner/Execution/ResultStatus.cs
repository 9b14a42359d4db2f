namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>The outcome of a step, a hook or a scenario.</summary>
public enum ResultStatus
{
    /// <summary>Ran and succeeded.</summary>
    Passed,

    /// <summary>Ran and threw, or its arguments could not be converted, or a hook around it failed.</summary>
    Failed,

    /// <summary>No step definition matches the step.</summary>
    Undefined,

    /// <summary>Several step definitions match the step.</summary>
    Ambiguous,

    /// <summary>Not run, because an earlier step did not pass or the run was cancelled.</summary>
    Skipped,
}
