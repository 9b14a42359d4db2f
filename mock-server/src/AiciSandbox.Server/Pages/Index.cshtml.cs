using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiciSandbox.Server.Pages;

/// <summary>
/// The landing page, for browsers only: a client that does not ask for HTML (an API client, curl) still gets the bare 404
/// that <c>/</c> has always answered, so the URSSAF surface looks the same to programs.
/// </summary>
public sealed class IndexModel(SandboxOptions options) : PageModel
{
    public string BaseUrl => $"{Request.Scheme}://{Request.Host}";
    public string ClientId => options.DefaultTenant.ClientId;
    public string ClientSecret => options.DefaultTenant.ClientSecret;

    public IActionResult OnGet() =>
        Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase) ? Page() : NotFound();
}
