using AiciSandbox.Server;
using AiciSandbox.Server.Hosting;

if (args.Contains(HealthCheckCommand.Flag)) return await HealthCheckCommand.RunAsync(args);

var app = await SandboxApp.CreateAsync(args);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
