namespace AiciSandbox.Storage.Tests.PostgreSql;

/// <summary>
/// Whether the PostgreSQL tests run. They always do, and fail when PostgreSQL is missing, unless
/// <c>AICISANDBOX_SKIP_POSTGRES=1</c> asks to skip them.
/// </summary>
public static class PostgresAvailability
{
    public const string SkipVariable = "AICISANDBOX_SKIP_POSTGRES";

    public static string? SkipReason => Environment.GetEnvironmentVariable(SkipVariable) == "1"
        ? $"{SkipVariable}=1: PostgreSQL tests skipped on request."
        : null;

    public const string Missing =
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found in /usr/lib/postgresql/<version>/bin nor on PATH. " +
        "Run ./test.sh at the repository root: it installs them (apt package postgresql) and runs every test. " +
        $"To run without PostgreSQL, set {SkipVariable}=1 and these tests are skipped.";
}
