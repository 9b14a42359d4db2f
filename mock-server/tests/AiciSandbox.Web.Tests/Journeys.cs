using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Web.Tests;

/// <summary>What a user does with the pages, step by step, by clicking: sign in to the console, read the outbox, enter the particulier's space.</summary>
public static partial class Journeys
{
    public const string OwnPassword = "MonMotDePasse2026";

    public static async Task SignInConsoleAsync(IPage page, string clientId, string secret)
    {
        await page.GotoAsync("/console/connexion");
        await page.GetByLabel("client_id").FillAsync(clientId);
        await page.GetByLabel("client_secret").FillAsync(secret);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/console");
    }

    /// <summary>The provisional password the outbox sent to <paramref name="email"/>, read on the console's outbox page.</summary>
    public static async Task<string> ProvisionalPasswordAsync(BrowserSandbox sandbox, SandboxApi api, string email)
    {
        var console = await sandbox.NewPageAsync();
        await SignInConsoleAsync(console, api.ClientId, api.ClientSecret);
        await console.GotoAsync("/console/outbox");
        var body = await console.Locator("tr[data-kind=MOT_DE_PASSE_PROVISOIRE]").Filter(new() { HasText = email }).Locator(".corps").InnerTextAsync();
        await console.Context.CloseAsync();
        return ProvisionalPassword().Match(body).Groups[1].Value;
    }

    /// <summary>First connection: the provisional password, then the forced change to her own.</summary>
    public static async Task SignInParticulierAsync(BrowserSandbox sandbox, IPage page, SandboxApi api, JsonObject particulier)
    {
        var email = particulier["adresseMail"]!.GetValue<string>();
        var provisional = await ProvisionalPasswordAsync(sandbox, api, email);
        await page.GotoAsync("/particulier/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(provisional);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/particulier/mot-de-passe");
        await page.GetByLabel("Mot de passe actuel").FillAsync(provisional);
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync(OwnPassword);
        await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync(OwnPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync("**/particulier");
    }

    /// <summary>An active particulier with a demande waiting for her validation (status 20), registered through the API.</summary>
    public static async Task<(JsonObject Particulier, string IdClient, string IdDemande)> DemandeToValidateAsync(SandboxApi api)
    {
        var particulier = TestData.Particulier();
        var idClient = await api.RegisterActivatedAsync(particulier);
        await api.AdvanceAsync("P2D");
        var id = await api.SubmitAsync(idClient);
        await api.NextUntilAsync(id, "20");
        await api.AuthenticateAsync();
        return (particulier, idClient, id);
    }

    [GeneratedRegex(@"Mot de passe provisoire : (\S+) ")]
    private static partial Regex ProvisionalPassword();
}
