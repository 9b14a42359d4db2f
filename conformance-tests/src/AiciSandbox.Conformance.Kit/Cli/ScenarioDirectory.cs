namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>Finds the repository's <c>scenarios/</c> folder from the current directory, then from the kit's own location.</summary>
internal static class ScenarioDirectory
{
    public static string Find() =>
        Upwards(Directory.GetCurrentDirectory()) ?? Upwards(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("Dossier scenarios/ introuvable : donnez --scenarios.");

    private static string? Upwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.feature").Any()) return candidate;
        }
        return null;
    }
}
