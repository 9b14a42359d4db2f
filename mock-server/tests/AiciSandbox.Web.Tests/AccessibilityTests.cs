using System.Net;
using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Web.Tests;

/// <summary>
/// Every page: each form control has an accessible name (as the browser computes it), the keyboard reaches and submits
/// the forms, and a phone-sized screen needs no horizontal scrolling. The landing page is for browsers only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityTests(BrowserSandbox sandbox)
{
    private static readonly string[] ConsolePages =
        ["/console", "/console/demandes", "/console/particuliers", "/console/journal", "/console/outbox", "/console/personas", "/console/instantanes", "/console/tenants"];

    [Fact]
    public async Task EveryFormControl_OnEveryPage_HasAnAccessibleName()
    {
        var api = await sandbox.NewTenantAsync();
        var (particulier, _, id) = await Journeys.DemandeToValidateAsync(api);
        await api.SnapshotAsync("avant validation");
        var console = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(console, api.ClientId, api.ClientSecret);
        var espace = await sandbox.NewPageAsync();
        await Journeys.SignInParticulierAsync(sandbox, espace, api, particulier);
        var anonymous = await sandbox.NewPageAsync();

        var checkedControls = 0;
        var visits = ConsolePages.Append($"/console/demandes/{id}").Select(p => (Page: console, Path: p))
            .Concat(new[] { "/particulier", $"/particulier/demandes/{id}", "/particulier/mot-de-passe" }.Select(p => (Page: espace, Path: p)))
            .Concat(new[] { "/", "/console/connexion", "/particulier/connexion" }.Select(p => (Page: anonymous, Path: p)));
        foreach (var (page, path) in visits)
        {
            await page.GotoAsync(path);
            await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");
            var controls = page.Locator("input:not([type=hidden]), select, textarea, button");
            for (var i = 0; i < await controls.CountAsync(); i++, checkedControls++)
            {
                try
                {
                    await Assertions.Expect(controls.Nth(i)).ToHaveAccessibleNameAsync(Named(), new() { Timeout = 2_000 });
                }
                catch (PlaywrightException e)
                {
                    throw new InvalidOperationException($"{path}: {await controls.Nth(i).EvaluateAsync<string>("e => e.outerHTML")} has no accessible name", e);
                }
            }
        }
        checkedControls.Should().BeGreaterThan(40);
        await Screens.TakeAsync(anonymous, "accueil");
    }

    [Fact]
    public async Task TheKeyboardAlone_SignsInToTheConsole_WithAVisibleFocus()
    {
        var api = await sandbox.NewTenantAsync();
        var page = await sandbox.NewPageAsync();
        await page.GotoAsync("/console/connexion");

        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).Should().Be("Aller au contenu");
        for (var tab = 0; tab < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "client-id"; tab++)
            await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle")).Should().Be("solid");
        await page.Keyboard.TypeAsync(api.ClientId);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(api.ClientSecret);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Horloge", new() { Timeout = 30_000 });
        page.Url.Should().EndWith("/console");
    }

    [Fact]
    public async Task OnAPhone_ThePagesNeedNoHorizontalScrolling()
    {
        var api = await sandbox.NewTenantAsync();
        var (particulier, _, id) = await Journeys.DemandeToValidateAsync(api);
        var page = await sandbox.NewPageAsync(390, 844);
        await Journeys.SignInParticulierAsync(sandbox, page, api, particulier);

        foreach (var path in new[] { "/particulier", $"/particulier/demandes/{id}" })
        {
            await page.GotoAsync(path);
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue(path);
        }
        await Screens.TakeAsync(page, "particulier-telephone");
    }

    [Fact]
    public async Task TheLandingPage_IsForBrowsers_WhileAJsonClientStillGetsTheBare404()
    {
        var page = await sandbox.NewPageAsync();
        var response = await page.GotoAsync("/");
        response!.Status.Should().Be(200);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("sandbox-demo-secret");
        await page.GetByRole(AriaRole.Link, new() { Name = "La console" }).ClickAsync();
        await page.WaitForURLAsync("**/console/connexion");

        using var json = new HttpRequestMessage(HttpMethod.Get, "/");
        json.Headers.Accept.ParseAdd("application/json");
        var answer = await sandbox.Client.SendAsync(json);
        answer.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await answer.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [GeneratedRegex(@"\S")]
    private static partial Regex Named();
}
