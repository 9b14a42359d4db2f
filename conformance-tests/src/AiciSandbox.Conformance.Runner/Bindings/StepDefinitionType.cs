namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>The kind of step a definition answers: Given (context), When (action) or Then (outcome).</summary>
public enum StepDefinitionType
{
    /// <summary>Answers Context steps (Given, Soit, Étant donné, and the And/But that follow them).</summary>
    Given,

    /// <summary>Answers Action steps (When, Quand, …).</summary>
    When,

    /// <summary>Answers Outcome steps (Then, Alors, …).</summary>
    Then,
}
