using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AiciSandbox.Contract.Tests.Control;

/// <summary>The changed lines between two texts (DiffPlex), as <c>-  12: old</c> / <c>+  12: new</c>, for a test message.</summary>
internal static class LineDiff
{
    private const int MaxLines = 80;

    public static IReadOnlyList<string> Between(string before, string after) =>
        InlineDiffBuilder.Diff(before, after, ignoreWhiteSpace: false).Lines
            .Where(line => line.Type is ChangeType.Deleted or ChangeType.Inserted)
            .Select(line => $"{(line.Type == ChangeType.Deleted ? '-' : '+')}{line.Position,5}: {line.Text}")
            .Take(MaxLines)
            .ToList();
}
