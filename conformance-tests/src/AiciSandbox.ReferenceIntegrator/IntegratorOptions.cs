namespace AiciSandbox.ReferenceIntegrator;

/// <summary>How this integrator instance runs: its defects (none for the reference) and its name.</summary>
public sealed record IntegratorOptions(IReadOnlySet<Defect> Defects)
{
    public string SoftwareName => Defects.Count == 0
        ? "Intégrateur de référence"
        : "Intégrateur défectueux (" + string.Join(", ", Defects.Select(ReferenceIntegrator.Defects.NameOf)) + ")";
}
