namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// Marks a method as the definition of the steps whose text matches <see cref="Expression"/>, for the given step types.
/// </summary>
/// <remarks>
/// The expression is a Cucumber expression (<c>{int}</c>, <c>{decimal}</c>, <c>{string}</c>, <c>{word}</c>, <c>{}</c>,
/// enum and transformation names, <c>(optional)</c> text, <c>a/b</c> alternatives), or a regular expression when it
/// starts with <c>^</c> or ends with <c>$</c>. Several attributes may sit on one method. The method returns
/// <c>void</c> or <c>Task</c>; its parameters bind by position, a trailing <c>DataTable</c> or <c>string</c>
/// receiving the step's table or doc string.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class StepDefinitionBaseAttribute(string expression, params StepDefinitionType[] types) : Attribute
{
    /// <summary>The Cucumber expression or regular expression the step text must match.</summary>
    public string Expression { get; } = expression;

    /// <summary>The step types this definition answers.</summary>
    public IReadOnlyList<StepDefinitionType> Types { get; } = types;
}

/// <summary>Defines a Given (context) step.</summary>
public sealed class GivenAttribute(string expression) : StepDefinitionBaseAttribute(expression, StepDefinitionType.Given);

/// <summary>Defines a When (action) step.</summary>
public sealed class WhenAttribute(string expression) : StepDefinitionBaseAttribute(expression, StepDefinitionType.When);

/// <summary>Defines a Then (outcome) step.</summary>
public sealed class ThenAttribute(string expression) : StepDefinitionBaseAttribute(expression, StepDefinitionType.Then);

/// <summary>Defines a step that answers Given, When and Then alike.</summary>
public sealed class StepDefinitionAttribute(string expression)
    : StepDefinitionBaseAttribute(expression, StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then);
