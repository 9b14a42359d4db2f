using System.Net;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Isolation;

/// <summary>
/// Two tenants on one sandbox: for every operation, tenant A sees tenant B's ids, numbers and data exactly as it sees ids
/// nobody ever issued (Tenant record: "another tenant's ids behave exactly like unknown ids").
/// </summary>
public sealed class TenantIsolationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task StatusByIdClient_OfAnotherTenantsParticulier_IsAnsweredLikeAnUnknownId()
    {
        var (a, b) = await TwoTenantsAsync();
        var particulierOfB = TestData.Particulier();
        var idOfB = await b.Api.RegisterActivatedAsync(particulierOfB);
        var unknown = Guid.NewGuid().ToString();

        await SameAnswer(await a.Api.StatutAsync(idOfB), await a.Api.StatutAsync(unknown), (idOfB, unknown), HttpStatusCode.BadRequest);
        await (await b.Api.StatutAsync(idOfB)).ShouldBeOkJsonAsync();
    }

    [Fact]
    public async Task StatusByAdresseMail_OfAnotherTenantsParticulier_IsAnsweredLikeAnUnknownMail()
    {
        var (a, b) = await TwoTenantsAsync();
        var particulierOfB = TestData.Particulier();
        await b.Api.RegisterAsync(particulierOfB);
        var (mailOfB, unknown) = (particulierOfB["adresseMail"]!.GetValue<string>(), $"{Guid.NewGuid():N}@example.fr");

        await SameAnswer(await a.Api.StatutAsync(adresseMail: mailOfB), await a.Api.StatutAsync(adresseMail: unknown), (mailOfB, unknown), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Demande_ForAnotherTenantsParticulier_IsRejectedLikeAnUnknownId()
    {
        var (a, b) = await TwoTenantsAsync();
        var unknown = Guid.NewGuid().ToString();
        var numero = TestData.NumeroFacture();

        var forB = await a.Api.TransmettreAsync(TestData.Demande(b.IdClient, numero));
        var forUnknown = await a.Api.TransmettreAsync(TestData.Demande(unknown, numero));

        await SameAnswer(forB, forUnknown, (b.IdClient, unknown), HttpStatusCode.OK);
        (await forUnknown.ShouldRejectOnlyItemWithAsync("ERR_PARTICULIER_INCONNU")).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task SearchByIdsNumbersOrPeriod_NeverFindsAnotherTenantsDemandes()
    {
        var (a, b) = await TwoTenantsAsync();
        var numeroOfB = TestData.NumeroFacture();
        var idOfB = await b.Api.TransmettreAccepteeAsync(TestData.Demande(b.IdClient, numeroOfB));
        var (unknownId, unknownNumero) = (Guid.NewGuid().ToString(), TestData.NumeroFacture());

        await SameAnswer(await a.Api.RechercherParIdsAsync(idOfB), await a.Api.RechercherParIdsAsync(unknownId), (idOfB, unknownId), HttpStatusCode.BadRequest);
        await SameAnswer(await a.Api.RechercherParNumerosAsync(numeroOfB), await a.Api.RechercherParNumerosAsync(unknownNumero),
            (numeroOfB, unknownNumero), HttpStatusCode.BadRequest);
        var period = new JsonObject { ["dateDebut"] = "2026-03-01", ["dateFin"] = "2026-03-31" };
        var farPeriod = new JsonObject { ["dateDebut"] = "2053-01-01", ["dateFin"] = "2053-01-31" };
        await SameAnswer(await a.Api.RechercherAsync(period), await a.Api.RechercherAsync(farPeriod), ("", ""), HttpStatusCode.BadRequest);
        await (await a.Api.RechercherAsync(period)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
        (await (await b.Api.RechercherAsync(period)).ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task SameNumFactureTiers_IsIntegratedInBothTenants()
    {
        var (a, b) = await TwoTenantsAsync();
        var numero = TestData.NumeroFacture();

        var idInA = await a.Api.TransmettreAccepteeAsync(TestData.Demande(a.IdClient, numero));
        var idInB = await b.Api.TransmettreAccepteeAsync(TestData.Demande(b.IdClient, numero));

        idInA.Should().NotBe(idInB);
        (await (await a.Api.RechercherParNumerosAsync(numero)).ShouldBeOkJsonAsync())["infoDemandePaiements"]![0]!["idDemandePaiement"]!
            .GetValue<string>().Should().Be(idInA);
    }

    [Fact]
    public async Task SamePerson_WithTheSameMailAndMobile_IsRegisteredInBothTenants()
    {
        var (a, b) = (await fixture.NewTenantAsync(), await fixture.NewTenantAsync());
        var person = TestData.Particulier("Lefebvre", "Camille");

        var inA = await a.RegisterAsync(person);
        var inB = await b.RegisterAsync((JsonObject)person.DeepClone());

        inA.Should().NotBe(inB);
    }

    [Fact]
    public async Task ActivationOfAnotherTenantsParticulier_Is404LikeAnUnknownId_AndLeavesItPending()
    {
        var (a, b) = (await fixture.NewTenantAsync(), await fixture.NewTenantAsync());
        var idOfB = await b.RegisterAsync(TestData.Particulier());
        var unknown = Guid.NewGuid().ToString();

        var ofB = await a.ActiverAsync(idOfB);
        var ofUnknown = await a.ActiverAsync(unknown);

        var problemOfB = await ofB.ShouldBeProblemAsync(HttpStatusCode.NotFound, "PARTICULIER_INCONNU");
        var problemOfUnknown = await ofUnknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "PARTICULIER_INCONNU");
        problemOfB["detail"]!.GetValue<string>().Replace(idOfB, "<id>").Should().Be(problemOfUnknown["detail"]!.GetValue<string>().Replace(unknown, "<id>"));
        (await (await b.StatutAsync(idOfB)).ShouldBeOkJsonAsync())["statut"]!["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_EC");
    }

    [Fact]
    public async Task Clocks_MoveIndependently()
    {
        var (a, b) = (await fixture.NewTenantAsync(), await fixture.NewTenantAsync("2026-03-02T08:00:00Z"));

        await a.AdvanceAsync("P10D");

        (await (await a.ClockAsync()).ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-03-12T08:00:00.000Z");
        (await (await b.ClockAsync()).ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-03-02T08:00:00.000Z");
    }

    [Fact]
    public async Task TokenOfOneTenant_ActsOnlyOnThatTenant()
    {
        var (a, b) = await TwoTenantsAsync();
        var numero = TestData.NumeroFacture();
        await b.Api.TransmettreAccepteeAsync(TestData.Demande(b.IdClient, numero));
        b.Api.UseToken(a.Api.Token);

        await (await b.Api.RechercherParNumerosAsync(numero)).ShouldBeOnlyErrorAsync("ERR_RECHERCHE_VIDE");
    }

    private async Task<((SandboxApi Api, string IdClient) A, (SandboxApi Api, string IdClient) B)> TwoTenantsAsync() =>
        (await fixture.NewTenantWithActiveParticulierAsync(), await fixture.NewTenantWithActiveParticulierAsync());

    /// <summary>Same status, media type and body, once the foreign key and the unknown key are both written as a placeholder.</summary>
    private static async Task SameAnswer(HttpResponseMessage foreign, HttpResponseMessage unknown, (string Foreign, string Unknown) keys, HttpStatusCode status)
    {
        var (foreignBody, unknownBody) = (await foreign.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        if (keys.Foreign.Length > 0) (foreignBody, unknownBody) = (foreignBody.Replace(keys.Foreign, "<key>"), unknownBody.Replace(keys.Unknown, "<key>"));
        foreign.StatusCode.Should().Be(status, foreignBody);
        unknown.StatusCode.Should().Be(status, unknownBody);
        foreign.Content.Headers.ContentType?.MediaType.Should().Be(unknown.Content.Headers.ContentType?.MediaType);
        foreignBody.Should().Be(unknownBody);
    }
}
