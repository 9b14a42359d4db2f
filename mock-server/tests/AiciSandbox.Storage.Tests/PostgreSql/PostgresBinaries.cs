using System.Globalization;

namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>Where PostgreSQL's server programs are: Debian's <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> (newest first), else PATH.</summary>
internal static class PostgresBinaries
{
    private static readonly string[] Programs = ["initdb", "pg_ctl", "postgres"];

    public static string? FindDirectory()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(v => int.TryParse(Path.GetFileName(v), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .Select(v => Path.Combine(v, "bin"))
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries);
        return debian.Concat(path).FirstOrDefault(dir => Programs.All(p => IsProgram(Path.Combine(dir, p))));
    }

    /// <summary>An existing file, or a link to one (a link left behind by an uninstalled package does not count).</summary>
    private static bool IsProgram(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && file.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: false };
    }
}
