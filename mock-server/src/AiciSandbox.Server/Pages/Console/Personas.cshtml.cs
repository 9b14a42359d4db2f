using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>The persona table: the birth names that pick an outcome (scenarios/personas.md).</summary>
internal sealed class PersonasModel : ConsolePage
{
    public IReadOnlyList<PersonaDefinition> Liste => Personas.All;

    public void OnGet() { }
}
