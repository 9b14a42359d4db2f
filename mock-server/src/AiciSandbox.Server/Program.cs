using AiciSandbox.Server;
using AiciSandbox.Server.Hosting;

if (args.Contains(HealthCheckCommand.Flag)) return await HealthCheckCommand.RunAsync(args);

var app = await SandboxApp.CreateAsync(args);
if (AddressInUse.FirstBusy(app.Configuration) is { } busy)
{
    Console.Error.WriteLine(AddressInUse.Message(busy));
    return AddressInUse.ExitCode;
}
try
{
    await app.RunAsync();
}
catch (Exception e) when (AddressInUse.IsAddressInUse(e))
{
    Console.Error.WriteLine(AddressInUse.Message(string.Join(';', AddressInUse.Addresses(app.Configuration))));
    return AddressInUse.ExitCode;
}
return 0;

/// <summary>Entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
