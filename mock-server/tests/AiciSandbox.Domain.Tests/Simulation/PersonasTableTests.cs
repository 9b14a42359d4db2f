using AiciSandbox.Domain.Simulation;
using AiciSandbox.Testing;

namespace AiciSandbox.Domain.Tests.Simulation;

/// <summary>
/// The persona table published in <c>scenarios/personas.md</c> is <see cref="Personas.All"/>, row for row, so the documentation
/// a tester reads cannot drift from what the sandbox does.
/// </summary>
public class PersonasTableTests
{
    [Fact]
    public void PublishedTable_ComparedWithPersonasAll_HasTheSameRowsInTheSameOrder()
    {
        var table = MarkdownTable(File.ReadAllLines(Path.Combine(Repository.Root, "scenarios", "personas.md")));

        table.Header.Should().Equal("nomNaissance", "effet");
        table.Rows.Select(r => string.Join(" | ", r.Select(c => c.Trim('`'))))
            .Should().Equal(Personas.All.Select(p => $"{p.NomNaissance} | {p.Effet}"));
    }

    /// <summary>The header and rows of the file's single Markdown table, cells trimmed, the separator line skipped.</summary>
    private static (string[] Header, List<string[]> Rows) MarkdownTable(IEnumerable<string> lines)
    {
        var rows = lines.Where(l => l.TrimStart().StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        rows.Should().HaveCountGreaterThan(2, "the file holds a table with a header, a separator and rows");
        rows[1].Should().AllSatisfy(c => c.Trim(':').Should().MatchRegex("^-+$"));
        return (rows[0], rows.Skip(2).ToList());
    }
}
