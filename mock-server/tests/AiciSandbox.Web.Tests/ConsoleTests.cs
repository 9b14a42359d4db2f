using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Web.Tests;

/// <summary>The console in a browser: the clock played by clicking, a demande's legal actions, tenants, isolation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserSandbox sandbox)
{
    [Fact]
    public async Task UntilTheNextEvent_DrivesADemandeTo70_AndThePageListsTheTransitions()
    {
        var api = await sandbox.NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        var id = await api.SubmitAsync(idClient);
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(page, api.ClientId, api.ClientSecret);
        await Screens.TakeAsync(page, "console-horloge");

        var seen = new List<string>();
        for (var click = 0; click < 10 && (await api.DemandeAsync(id)).Text("statut") != "70"; click++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Jusqu'au prochain événement" }).ClickAsync();
            await Assertions.Expect(page.Locator("#transitions-titre")).ToBeVisibleAsync();
            seen.AddRange(await page.Locator("#transitions tbody tr").AllInnerTextsAsync());
            await api.AuthenticateAsync(); // the clock moved by hours: the test's own token expired with them
            if (click == 0) await Screens.TakeAsync(page, "console-transitions");
        }

        (await api.DemandeAsync(id)).Text("statut").Should().Be("70");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("70");
        seen.Should().Contain(t => t.Contains("virement au prestataire") && t.Contains("70"));
        seen.Should().Contain(t => t.Contains("validation automatique"));
    }

    [Fact]
    public async Task AnotherTenantsDemandeId_InAConsoleUrl_IsA404PageWithoutItsData()
    {
        var owner = await sandbox.NewTenantAsync();
        var idClient = await owner.RegisterActivatedAsync(TestData.Particulier());
        await owner.AdvanceAsync("P2D");
        var id = await owner.SubmitAsync(idClient);
        var numero = (await owner.DemandeAsync(id)).Text("numFactureTiers");
        var stranger = await sandbox.NewTenantAsync();
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(page, stranger.ClientId, stranger.ClientSecret);

        var response = await page.GotoAsync($"/console/demandes/{id}");

        response!.Status.Should().Be((int)HttpStatusCode.NotFound);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Demande introuvable");
        var html = await page.ContentAsync();
        html.Should().NotContain(numero).And.NotContain(idClient);
        await page.GotoAsync($"/console/demandes?numero={numero}");
        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("0 demande");
    }

    [Fact]
    public async Task ADemandePage_OffersOnlyTheActionsItsStatusAllows_AndShowsTheApisReasonOnARefusal()
    {
        var api = await sandbox.NewTenantAsync();
        var (_, _, id) = await Journeys.DemandeToValidateAsync(api);
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(page, api.ClientId, api.ClientSecret);
        await page.GotoAsync($"/console/demandes/{id}");

        var buttons = await page.Locator("main form button").AllInnerTextsAsync();
        buttons.Should().BeEquivalentTo(["validation par le particulier (30)", "contestation par le particulier (40)", "annulation par un agent Urssaf"]);
        await Screens.TakeAsync(page, "console-demande");

        await page.GetByLabel("Motif (contestation)").SelectOptionAsync("CONTEST_FACT_REGLEE");
        await page.GetByLabel("Commentaire").First.FillAsync("Payée en espèces.");
        await page.GetByRole(AriaRole.Button, new() { Name = "contestation par le particulier (40)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#statut")).ToContainTextAsync("40");
        await Assertions.Expect(page.Locator("#info-rejet")).ToContainTextAsync("CONTEST_FACT_REGLEE");
        (await page.Locator("main form button").AllInnerTextsAsync()).Should().BeEmpty("nothing may be done to a contested demande");
    }

    [Fact]
    public async Task DemandesList_FiltersByStatusAndInvoiceNumber()
    {
        var api = await sandbox.NewTenantAsync();
        var (_, idClient, waiting) = await Journeys.DemandeToValidateAsync(api);
        var integree = await api.SubmitAsync(idClient);
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(page, api.ClientId, api.ClientSecret);

        await page.GotoAsync("/console/demandes");
        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("2 demande");
        await page.GetByLabel("Statut").SelectOptionAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();

        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("1 demande");
        await Assertions.Expect(page.Locator("#demandes")).ToContainTextAsync((await api.DemandeAsync(waiting)).Text("numFactureTiers"));
        await Assertions.Expect(page.Locator("#demandes")).Not.ToContainTextAsync((await api.DemandeAsync(integree)).Text("numFactureTiers"));
        await Screens.TakeAsync(page, "console-demandes");
    }

    [Fact]
    public async Task ATenantCreatedAndDeletedInTheConsole_LosesItsCredentials()
    {
        var api = await sandbox.NewTenantAsync();
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(page, api.ClientId, api.ClientSecret);
        await page.GotoAsync("/console/tenants");
        await page.GetByLabel("Libellé").FillAsync("recette-client");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        var clientId = await page.Locator("#nouveau-client-id").InnerTextAsync();
        var secret = await page.Locator("#nouveau-secret").InnerTextAsync();
        (await SandboxApi.TokenAsync(sandbox.Client, clientId, secret, "homeplus.tiersprestations")).Should().NotBeEmpty();
        await Screens.TakeAsync(page, "console-tenants");

        await page.GetByLabel("Je confirme la suppression de « recette-client »").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer le tenant recette-client" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("supprimé");
        var token = await sandbox.Client.PostAsync("/api/oauth/v1/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        token.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheOutbox_ListsTheLatestMessages_WhenTheTenantHasSentMoreThanThePageShows()
    {
        var api = await sandbox.NewTenantAsync();
        // Each inscription sends two messages (the notice, the provisional password): 501 of them fill more than the page.
        for (var i = 0; i < 501; i++)
        {
            var earlier = TestData.Particulier(nomNaissance: "Martin" + Letters(i));
            earlier["numeroTelephonePortable"] = "07" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            await api.RegisterAsync(earlier);
        }
        var latest = TestData.Particulier();
        await api.RegisterAsync(latest);
        var beyondThePage = await SandboxApi.JsonOf(await api.GetAsync("/sandbox/v1/outbox?after=1000"));
        beyondThePage.AsArray().Should().NotBeEmpty("the tenant has sent more messages than the page's 1,000");

        var password = await Journeys.ProvisionalPasswordAsync(sandbox, api, latest["adresseMail"]!.GetValue<string>());

        password.Should().HaveLength(12, "the newest particulier's password is on the page a tester reads it from");
    }

    /// <summary>A distinct run of letters for each number (a name may hold letters only).</summary>
    private static string Letters(int i) => i < 26 ? ((char)('a' + i)).ToString() : Letters(i / 26 - 1) + (char)('a' + i % 26);

    [Fact]
    public async Task TheJournal_ShowsTheExchanges_WithACurlCommandToCopy()
    {
        var api = await sandbox.NewTenantAsync();
        await api.RegisterAsync(TestData.Particulier());
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(page, api.ClientId, api.ClientSecret);

        await page.GotoAsync("/console/journal?chemin=/particulier");
        var entry = page.Locator("details.entree").First;
        await entry.Locator("summary").ClickAsync();
        var curl = await entry.Locator("textarea.curl").InputValueAsync();
        await entry.GetByRole(AriaRole.Button, new() { Name = "Copier en curl" }).ClickAsync();

        curl.Should().StartWith("curl -X POST \"$BASE/atp/v1/tiersPrestations/particulier\"").And.Contain("Authorization: Bearer $TOKEN").And.Contain("\"nomNaissance\"");
        await Assertions.Expect(entry.Locator(".copie-etat")).ToHaveTextAsync("Copié.");
        await Screens.TakeAsync(page, "console-journal");
    }

    [Fact]
    public async Task AWrongSecret_DoesNotOpenTheConsole()
    {
        var api = await sandbox.NewTenantAsync();
        var page = await sandbox.NewPageAsync();
        await page.GotoAsync("/console/connexion");
        await page.GetByLabel("client_id").FillAsync(api.ClientId);
        await page.GetByLabel("client_secret").FillAsync("pas-le-bon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("client_id ou secret incorrect.");
        (await page.GotoAsync("/console/demandes"))!.Url.Should().EndWith("/console/connexion");
    }
}
