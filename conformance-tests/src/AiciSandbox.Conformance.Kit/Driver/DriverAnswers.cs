namespace AiciSandbox.Conformance.Kit.Driver;

/// <summary>
/// What the driver answered, held to openapi/integrator-driver.v1.yaml before any step reads it: a driver outside the
/// contract gets a message that says which field and what the contract allows, not a confusing verdict later.
/// </summary>
internal static class DriverAnswers
{
    private static readonly string[] ClientStates = ["registered", "rejected", "error"];
    private static readonly string[] InvoiceStates = ["sent", "rejected", "error", "unknown"];

    public static ClientView Checked(ClientView? view, string call)
    {
        if (view is null) throw Outside(call, "sans corps JSON, alors qu'un ClientView est attendu");
        if (string.IsNullOrEmpty(view.Reference)) throw Outside(call, "sans « reference »");
        if (!ClientStates.Contains(view.State)) throw Outside(call, $"avec state « {view.State} » ; le contrat permet {string.Join(", ", ClientStates)}");
        return view;
    }

    public static InvoiceView Checked(InvoiceView? view, string call)
    {
        if (view is null) throw Outside(call, "sans corps JSON, alors qu'un InvoiceView est attendu");
        if (string.IsNullOrEmpty(view.Reference)) throw Outside(call, "sans « reference »");
        if (!InvoiceStates.Contains(view.State)) throw Outside(call, $"avec state « {view.State} » ; le contrat permet {string.Join(", ", InvoiceStates)}");
        return view;
    }

    public static IReadOnlyList<InvoiceView> Checked(InvoicesView? views, string call) =>
        views?.Invoices is { } invoices
            ? invoices.Select(v => Checked(v, call)).ToList()
            : throw Outside(call, "sans « invoices »");

    private static Sandbox.KitException Outside(string call, string what) =>
        new($"Le pilote sort du contrat (openapi/integrator-driver.v1.yaml) : {call} a répondu {what}.");
}
