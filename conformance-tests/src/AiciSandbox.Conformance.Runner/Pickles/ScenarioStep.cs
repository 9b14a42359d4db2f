using Io.Cucumber.Messages.Types;

namespace AiciSandbox.Conformance.Runner.Pickles;

/// <summary>
/// One step of a runnable scenario: the compiled <see cref="PickleStep"/> plus the keyword and line it was written with.
/// </summary>
/// <remarks>
/// The kind of step (<see cref="PickleStep.Type"/>) comes from the pickle compiler, which already resolved And/But and
/// the feature's language; <see cref="Keyword"/> is kept only for display ("Et ", "Given ").
/// </remarks>
public sealed record ScenarioStep(PickleStep Pickle, string Keyword, int Line)
{
    /// <summary>The step text after outline placeholders were filled in.</summary>
    public string Text => Pickle.Text;

    /// <summary>Context (Given), Action (When), Outcome (Then) or Unknown (<c>*</c>).</summary>
    public PickleStepType Type => Pickle.Type;

    /// <summary>The step's data table, if it has one.</summary>
    public PickleTable? DataTable => Pickle.Argument?.DataTable;

    /// <summary>The step's doc string, if it has one.</summary>
    public PickleDocString? DocString => Pickle.Argument?.DocString;

    /// <summary>The keyword and text as written, e.g. "Et une facture de 10 €".</summary>
    public override string ToString() => Keyword.Trim() == "*" ? $"* {Text}" : $"{Keyword.TrimEnd()} {Text}";
}
