namespace AiciSandbox.Testing;

/// <summary>
/// The repository the tests run from: the directory holding <c>AiciSandbox.sln</c>, found by walking up from the test
/// binaries (CI runs on a fresh clone, so nothing outside it is needed). One file, linked into every test project that
/// reads a file of the repository (README, scenarios, contracts).
/// </summary>
internal static class Repository
{
    public static readonly string Root = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiciSandbox.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No AiciSandbox.sln above {start}.");
    }
}
