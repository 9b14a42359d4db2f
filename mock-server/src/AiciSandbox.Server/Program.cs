using AiciSandbox.Server;
using AiciSandbox.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSandbox();

var app = builder.Build();
await app.PrepareStoreAsync();
app.MapSandbox();
app.Run();

/// <summary>Entry point, visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
