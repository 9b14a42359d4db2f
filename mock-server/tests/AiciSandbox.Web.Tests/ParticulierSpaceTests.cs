using System.Text.RegularExpressions;
using AiciSandbox.Testing;

namespace AiciSandbox.Web.Tests;

/// <summary>The particulier's space in a browser: what she does by clicking is what M020 and M070 then answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ParticulierSpaceTests(BrowserSandbox sandbox)
{
    [Fact]
    public async Task ValidatingByClicking_MakesTheDemande30_ThroughM070_AndInTheConsole()
    {
        var api = await sandbox.NewTenantAsync();
        var (particulier, _, id) = await Journeys.DemandeToValidateAsync(api);
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInParticulierAsync(sandbox, page, api, particulier);

        await page.GotoAsync($"/particulier/demandes/{id}");
        await Assertions.Expect(page.Locator("#delai")).ToContainTextAsync("temps simulé");
        await Screens.TakeAsync(page, "particulier-demande");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider la demande" }).ClickAsync();

        await Assertions.Expect(page.Locator("#statut")).ToContainTextAsync("30");
        (await api.InfoDemandeAsync(id)).Text("statut.code").Should().Be("30");
        var console = await sandbox.NewPageAsync();
        await Journeys.SignInConsoleAsync(console, api.ClientId, api.ClientSecret);
        await console.GotoAsync($"/console/demandes/{id}");
        await Assertions.Expect(console.Locator("#statut")).ToContainTextAsync("30");
        await Assertions.Expect(console.Locator("#historique")).ToContainTextAsync("validation par le particulier");
    }

    [Fact]
    public async Task ContestingWithAMotiveAndAComment_GivesInfoRejetThroughM070()
    {
        var api = await sandbox.NewTenantAsync();
        var (particulier, _, id) = await Journeys.DemandeToValidateAsync(api);
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInParticulierAsync(sandbox, page, api, particulier);

        await page.GotoAsync($"/particulier/demandes/{id}");
        await page.GetByLabel("Je ne peux pas valider la prestation : motif").SelectOptionAsync("REGUL_NB_QTE_FACT");
        await page.GetByLabel("Commentaire").FillAsync("Une heure faite, deux facturées.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contester la demande" }).ClickAsync();

        await Assertions.Expect(page.Locator("#statut")).ToContainTextAsync("40");
        var info = await api.InfoDemandeAsync(id);
        info.Text("statut.code").Should().Be("40");
        info.Text("infoRejet.code").Should().Be("REGUL_NB_QTE_FACT");
        info.Text("infoRejet.commentaire").Should().Be("Une heure faite, deux facturées.");
    }

    [Fact]
    public async Task ContestingAfter48Hours_ShowsTheRefusal_AndChangesNothing()
    {
        var api = await sandbox.NewTenantAsync();
        var (particulier, _, id) = await Journeys.DemandeToValidateAsync(api);
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInParticulierAsync(sandbox, page, api, particulier);
        await page.GotoAsync($"/particulier/demandes/{id}");
        var transitionsBefore = (await api.TransitionsAsync()).Count;

        // The page stays open while 48 h pass: the demande is auto-validated in between.
        await api.AdvanceAsync("PT48H");
        var afterDeadline = (await api.DemandeAsync(id)).Text("statut");
        var transitionsAfterDeadline = (await api.TransitionsAsync()).Count;
        await page.GetByLabel("Je ne peux pas valider la prestation : motif").SelectOptionAsync("CONTEST_ERR_FACT");
        await page.GetByLabel("Commentaire").FillAsync("Trop tard ?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contester la demande" }).ClickAsync();

        await Assertions.Expect(page.Locator("#erreur")).ToContainTextAsync("TRANSITION_INTERDITE");
        await Screens.TakeAsync(page, "particulier-contestation-refusee");
        afterDeadline.Should().Be("30", "nobody answered within 48 h: auto-validated");
        transitionsAfterDeadline.Should().BeGreaterThan(transitionsBefore);
        (await api.DemandeAsync(id)).Text("statut").Should().Be(afterDeadline);
        (await api.InfoDemandeAsync(id))["infoRejet"].Should().BeNull();
        (await api.TransitionsAsync()).Count.Should().Be(transitionsAfterDeadline);
        var refused = (await api.JournalAsync("?last=5")).Select(e => e!["entry"]!).Last(e => e.Text("path").EndsWith("/contestation"));
        refused["status"]!.GetValue<int>().Should().Be(409);
        refused.Text("responseBody").Should().Contain("TRANSITION_INTERDITE");
    }

    [Fact]
    public async Task ActivatingTheAccount_MakesM020AnswerAppareillageValide()
    {
        var api = await sandbox.NewTenantAsync();
        var particulier = TestData.Particulier();
        var idClient = await api.RegisterAsync(particulier);
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_EC");
        var page = await sandbox.NewPageAsync();
        await Journeys.SignInParticulierAsync(sandbox, page, api, particulier);

        await page.GetByLabel("Je confirme mon identité").CheckAsync();
        await page.GetByLabel("Je confirme mes coordonnées bancaires").CheckAsync();
        await Screens.TakeAsync(page, "particulier-activation");
        await page.GetByLabel("Je signe le mandat SEPA").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer mon compte" }).ClickAsync();

        await Assertions.Expect(page.Locator("#statut-compte")).ToHaveTextAsync("APPAREILLAGE_VALIDE");
        (await api.StatutParticulierAsync(idClient)).Should().Be("APPAREILLAGE_VALIDE");
        var journaled = (await api.JournalAsync("?last=5")).Select(e => e!["entry"]!).Last(e => e.Text("path").EndsWith("/activation"));
        journaled.Text("path").Should().Be($"/sandbox/v1/particuliers/{idClient}/activation");
        journaled["status"]!.GetValue<int>().Should().Be(200);
        journaled["requestHeaders"]!["X-Sandbox-Origin"]!.GetValue<string>().Should().Be("particulier");
    }

    [Fact]
    public async Task TheProvisionalPassword_MustBeChangedAtFirstConnection_AndNeverReachesTheJournal()
    {
        var api = await sandbox.NewTenantAsync();
        var particulier = TestData.Particulier();
        await api.RegisterAsync(particulier);
        var email = particulier["adresseMail"]!.GetValue<string>();
        var provisional = await Journeys.ProvisionalPasswordAsync(sandbox, api, email);
        var page = await sandbox.NewPageAsync();

        await page.GotoAsync("/particulier/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(provisional);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync("**/particulier/mot-de-passe");
        await page.GotoAsync("/particulier");
        page.Url.Should().EndWith("/particulier/mot-de-passe");
        await Screens.TakeAsync(page, "particulier-mot-de-passe");

        (await api.OutboxAsync()).ToJsonString().Should().NotContain(provisional);
        (await api.JournalAsync()).ToJsonString().Should().NotContain(provisional);
        await page.GetByLabel("Mot de passe actuel").FillAsync(provisional);
        await page.GetByLabel("Nouveau mot de passe", new() { Exact = true }).FillAsync("seulementdeslettres");
        await page.GetByLabel("Confirmez le nouveau mot de passe").FillAsync("seulementdeslettres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("10 caractères");
    }

    [Fact]
    public async Task AWrongPassword_IsRefused_WithoutSayingWhichPartIsWrong()
    {
        var page = await sandbox.NewPageAsync();
        await page.GotoAsync("/particulier/connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync("personne@example.fr");
        await page.GetByLabel("Mot de passe").FillAsync("n'importe quoi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("Adresse e-mail ou mot de passe incorrect"));
    }
}
