using AiciSandbox.Testing;

namespace AiciSandbox.Web.Tests;

/// <summary>Screenshots of the pages, written under the repository's <c>TestResults/screenshots/</c> (a few are copied to docs/img/).</summary>
public static class Screens
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "TestResults", "screenshots");

    public static Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
