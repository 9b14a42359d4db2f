using System.Net;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Control;

/// <summary>
/// <c>GET /sandbox/v1/demandes</c> as a listing (what the console's Demandes page shows): newest first, filtered by status,
/// particulier, invoice number and invoice-date period, paged with offset/limit and the count of all in <c>X-Total-Count</c>.
/// </summary>
public sealed class DemandeListingTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task WithoutCriterion_ListsTheTenantsDemandes_NewestFirst_APageAtATime()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await api.SubmitAsync(idClient));
        var stranger = await fixture.NewTenantAsync();

        var first = await api.GetAsync("/sandbox/v1/demandes?limit=2");
        var second = await api.GetAsync("/sandbox/v1/demandes?limit=2&offset=2");

        first.Headers.GetValues("X-Total-Count").Should().Equal("3");
        (await first.ShouldBeOkJsonAsync()).AsArray().Texts("idDemandePaiement").Should().Equal(ids[2], ids[1]);
        (await second.ShouldBeOkJsonAsync()).AsArray().Texts("idDemandePaiement").Should().Equal(ids[0]);
        (await (await stranger.GetAsync("/sandbox/v1/demandes")).ShouldBeOkJsonAsync()).AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Filters_ByStatusParticulierAndPeriod_Combine()
    {
        var api = await fixture.NewTenantAsync();
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        var other = await api.RegisterActivatedAsync(TestData.Particulier());
        await api.AdvanceAsync("P2D");
        var notified = await api.SubmitAsync(idClient);
        await api.NextUntilAsync(notified, "20");
        await api.AuthenticateAsync();
        var ofOther = await api.SubmitAsync(other);

        (await (await api.GetAsync("/sandbox/v1/demandes?statut=20")).ShouldBeOkJsonAsync()).AsArray().Texts("idDemandePaiement").Should().Equal(notified);
        (await (await api.GetAsync($"/sandbox/v1/demandes?idClient={other}")).ShouldBeOkJsonAsync()).AsArray().Texts("idDemandePaiement").Should().Equal(ofOther);
        (await (await api.GetAsync("/sandbox/v1/demandes?du=2026-03-03&au=2026-03-03")).ShouldBeOkJsonAsync()).AsArray().Should().HaveCount(2);
        (await (await api.GetAsync("/sandbox/v1/demandes?du=2026-03-04")).ShouldBeOkJsonAsync()).AsArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("statut=99", "STATUT_INCONNU")]
    [InlineData("du=03/03/2026", "PERIODE_INVALIDE")]
    [InlineData("du=2026-03-05&au=2026-03-04", "PERIODE_INVALIDE")]
    [InlineData("limit=0", "PAGE_INVALIDE")]
    [InlineData("limit=201", "PAGE_INVALIDE")]
    [InlineData("offset=-1", "PAGE_INVALIDE")]
    public async Task ABadFilter_IsA400Problem(string query, string code)
    {
        var api = await fixture.NewTenantAsync();

        await (await api.GetAsync("/sandbox/v1/demandes?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }
}
