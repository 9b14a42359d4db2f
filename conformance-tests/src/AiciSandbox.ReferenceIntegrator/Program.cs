namespace AiciSandbox.ReferenceIntegrator;

/// <summary>
/// <c>dotnet run --project conformance-tests/src/AiciSandbox.ReferenceIntegrator [-- --urls http://127.0.0.1:5180] [--defect token-every-call,no-retry]</c>
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var defects = Defects.Parse(args.SkipWhile(a => a != "--defect").Skip(1).Take(1));
        var app = IntegratorApp.Build(args.Where((a, i) => a != "--defect" && (i == 0 || args[i - 1] != "--defect")).ToArray(), defects);
        await app.StartAsync();
        Console.WriteLine($"{app.Services.GetRequiredService<IntegratorOptions>().SoftwareName} — driver on {string.Join(", ", app.Urls)}/driver/v1");
        await app.WaitForShutdownAsync();
    }
}
