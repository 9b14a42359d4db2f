using AiciSandbox.Conformance.Runner.Execution;

namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>
/// The one French name of each status, used by every report this runner and its hosts write (console, text report,
/// JUnit, test output): an undefined step reads « non définie » everywhere.
/// </summary>
public static class StatusLabels
{
    /// <summary>The status as the reports name it: réussie, en échec, non définie, ambiguë, ignorée.</summary>
    public static string Of(ResultStatus status) => status switch
    {
        ResultStatus.Passed => "réussie",
        ResultStatus.Failed => "en échec",
        ResultStatus.Undefined => "non définie",
        ResultStatus.Ambiguous => "ambiguë",
        _ => "ignorée",
    };
}
