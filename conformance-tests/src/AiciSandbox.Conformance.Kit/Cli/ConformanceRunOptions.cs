namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>What one conformance run plays, against what, and where its reports go.</summary>
/// <param name="DriverUrl">The integrator's driver; null when <paramref name="ReferenceDefects"/> asks for the hosted reference integrator.</param>
/// <param name="SandboxUrl">A running sandbox; null to host one in-process (temporary SQLite).</param>
/// <param name="ReferenceDefects">Host the reference integrator with these defects (empty: the correct one); null to use <paramref name="DriverUrl"/>.</param>
/// <param name="ScenariosDirectory">Where the <c>.feature</c> files are.</param>
/// <param name="Tags">A Cucumber tag expression selecting the scenarios (the profile), e.g. <c>@requis</c>.</param>
/// <param name="OutputDirectory">Where junit.xml, cucumber.ndjson and report.html are written.</param>
/// <param name="Name">A filter on scenario titles (substring, case ignored); null for all.</param>
/// <param name="DriverTimeout">How long one driver call may take.</param>
/// <param name="ExpectedFailuresFile">A JSON list of known failures that do not fail the gate (see <see cref="ExpectedFailures"/>).</param>
/// <param name="Bootstrap">The tenant on whose authority the kit creates its tenants (default: the sandbox's default tenant).</param>
public sealed record ConformanceRunOptions(
    Uri? DriverUrl,
    Uri? SandboxUrl,
    IReadOnlySet<ReferenceIntegrator.Defect>? ReferenceDefects,
    string ScenariosDirectory,
    string Tags,
    string OutputDirectory,
    string? Name = null,
    TimeSpan? DriverTimeout = null,
    Sandbox.SandboxCredentials? Bootstrap = null,
    string? ExpectedFailuresFile = null);
