using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Runner.Matching;

/// <summary>
/// The defined steps whose text is closest to an undefined one (edit distance between the step's text and each
/// expression as written, parameters counted as their placeholder), to suggest what the author meant.
/// </summary>
public static class NearestSteps
{
    /// <summary>Up to <paramref name="count"/> expressions, closest first.</summary>
    public static IReadOnlyList<string> For(BindingRegistry registry, string text, int count = 3) =>
        registry.Steps.Select(s => s.Expression.Source).Distinct()
            .Select(source => (Source: source, Distance: Distance(text, source)))
            .OrderBy(p => p.Distance).ThenBy(p => p.Source, StringComparer.Ordinal)
            .Take(count).Select(p => p.Source).ToList();

    /// <summary>Levenshtein distance, case ignored.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
