using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.Particuliers;

/// <summary><c>idClient</c>: the particulier's id in SI Home+, a UUID (Swagger <c>OutputParticulierDTO</c>).</summary>
public readonly record struct ParticulierId(string Value)
{
    public static ParticulierId New() => new(TimeOrderedId.New());

    public override string ToString() => Value;
}
