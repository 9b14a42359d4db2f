namespace AiciSandbox.Web.Tests;

/// <summary>Screenshots of the pages, written under the repository's <c>TestResults/screenshots/</c> (a few are copied to docs/img/).</summary>
public static class Screens
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public static Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AiciSandbox.sln"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
