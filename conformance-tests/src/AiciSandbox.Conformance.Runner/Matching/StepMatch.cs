using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Runner.Matching;

/// <summary>How a step text was matched against the step definitions.</summary>
public enum StepMatchKind
{
    /// <summary>Exactly one definition matches, with the right number of parameters.</summary>
    Matched,

    /// <summary>No definition of the step's type matches its text.</summary>
    Undefined,

    /// <summary>Several definitions match.</summary>
    Ambiguous,

    /// <summary>A definition matches the text but cannot take the step's arguments.</summary>
    Invalid,
}

/// <summary>
/// The outcome of matching one step: the definition and captured texts, or why there is none (with a message the user
/// can act on: a skeleton to paste, the candidates, the mismatch).
/// </summary>
public sealed record StepMatch(
    StepMatchKind Kind,
    StepBinding? Binding,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<StepBinding> Candidates,
    string? Message,
    string? Snippet);
