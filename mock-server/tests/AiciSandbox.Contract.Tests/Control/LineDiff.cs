namespace AiciSandbox.Contract.Tests.Control;

/// <summary>A minimal line diff (longest common subsequence) for test messages: <c>- old</c> / <c>+ new</c> lines with their numbers.</summary>
internal static class LineDiff
{
    private const int MaxLines = 80;

    public static IReadOnlyList<string> Between(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var lines = new List<string>();
        int x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && lines.Count < MaxLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) (x, y) = (x + 1, y + 1);
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y])) lines.Add($"+{y + 1,5}: {b[y++]}");
            else lines.Add($"-{x + 1,5}: {a[x++]}");
        }
        return lines;
    }
}
