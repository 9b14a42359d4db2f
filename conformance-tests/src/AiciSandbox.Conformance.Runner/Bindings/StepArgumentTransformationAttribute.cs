namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>
/// Marks a method that turns step text into a value of its return type ("dans 2 jours" → a date).
/// </summary>
/// <remarks>
/// The regular expression must match the whole argument text; its groups become the method's parameters (without
/// groups, the method takes the whole text or nothing). The transformation applies to every step parameter of its return type whose text it
/// matches, the lowest <see cref="Order"/> winning; with a <see cref="Name"/>, expressions can also ask for it as
/// <c>{name}</c>. A method taking a single <c>DataTable</c> and no regex converts a step's table. Transformations are
/// instance methods of binding classes, so they may use injected state (a clock, for instance).
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class StepArgumentTransformationAttribute(string? regex = null) : Attribute
{
    /// <summary>The default order, as in Reqnroll.</summary>
    public const int DefaultOrder = 10000;

    /// <summary>The regular expression the argument must match, or null for "anything" (or a table).</summary>
    public string? Regex { get; } = regex;

    /// <summary>A parameter type name usable as <c>{Name}</c> in Cucumber expressions.</summary>
    public string? Name { get; set; }

    /// <summary>Lower runs first: the first matching transformation wins.</summary>
    public int Order { get; set; } = DefaultOrder;
}
