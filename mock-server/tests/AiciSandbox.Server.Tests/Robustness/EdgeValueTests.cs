using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Robustness;

/// <summary>
/// Edge values the storm may draw, pinned down one by one: amounts at the limits of <c>decimal</c>, a clock pushed to the end
/// of time, a UTF-8 byte order mark, a valid body just under the 1 MiB limit.
/// </summary>
public sealed class EdgeValueTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string DecimalMax = "79228162514264337593543950335";

    [Theory]
    [InlineData("inputPrestations[0].quantite")]
    [InlineData("inputPrestations[0].mntUnitaireTTC")]
    [InlineData("inputPrestations[0].mntPrestationTTC")]
    [InlineData("mntFactureTTC")]
    [InlineData("mntAcompte")]
    public async Task AmountAtTheLimitOfDecimal_IsA400NamingTheField_NotAServerError(string path)
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande["inputPrestations"]!.AsArray().Add(demande.Line().DeepClone());
        var json = new JsonArray(demande.With(path, "__RAW__")).ToJsonString().Replace("\"__RAW__\"", "-" + DecimalMax);

        var response = await api.PostRawJsonAsync(UrssafCalls.DemandePaiement, json);

        (await response.ShouldBeOnlyErrorAsync("ERREUR_VALIDATION")).Should().StartWith($"champ inputDemandePaiements[0].{path} :");
    }

    [Fact]
    public async Task LargestReasonableAmounts_AreJudgedByTheBusinessRules()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var demande = TestData.Demande(idClient, TestData.NumeroFacture());
        demande.Line().With("quantite", 999_999_999_999.99m).With("mntUnitaireTTC", 999_999_999_999.999m);

        var codes = (await (await api.TransmettreAsync(demande)).ShouldBeOkJsonAsync())[0]!.ShouldBeRejectedItem().Select(Answers.CodeOf);

        codes.Should().Contain("ERR_MNT_PREST_TTC");
    }

    [Theory]
    [InlineData("""{"to":"9999-12-31T23:59:59Z"}""", "INVALID_TARGET")]
    [InlineData("""{"to":"3000-01-01T00:00:01Z"}""", "INVALID_TARGET")]
    public async Task ClockPushedToTheEndOfTime_IsRefused_AndTheTenantKeepsWorking(string move, string code)
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostRawJsonAsync("/sandbox/v1/clock/advance", move);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code))["detail"]!.GetValue<string>().Should().Contain("3000");
        await api.AuthenticateAsync();
        await api.RegisterAsync(TestData.Particulier());
    }

    [Fact]
    public async Task ClockAdvancedByHundredYearSteps_StopsBeforeTheEndOfTime()
    {
        var api = await fixture.NewTenantAsync("2990-01-01T00:00:00Z");

        var response = await api.AdvanceClockAsync(new JsonObject { ["duration"] = "P36500D" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_DURATION");
        (await (await api.ClockAsync()).ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2990-01-01T00:00:00.000Z");
    }

    [Fact]
    public async Task TenantWhoseClockStartsAtTheEndOfTime_IsRefused()
    {
        var api = await fixture.NewTenantAsync();

        var response = await api.PostRawJsonAsync("/sandbox/v1/tenants", """{"clock":{"start":"9999-12-31T23:59:59Z"}}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "INVALID_CLOCK_START");
    }

    [Fact]
    public async Task BodyWithAUtf8ByteOrderMark_IsReadLikeTheSameBodyWithout()
    {
        var api = await fixture.NewTenantAsync();
        var json = Encoding.UTF8.GetBytes(TestData.Particulier().ToJsonString());

        var response = await api.PostContentAsync(UrssafCalls.Particulier, HostileRequest.Bytes([0xEF, 0xBB, 0xBF, .. json], "application/json"));

        await response.ShouldBeOkJsonAsync();
    }

    [Fact]
    public async Task ValidInscriptionPaddedToOneByteUnderTheLimit_IsAccepted_AndOneByteOverIs413()
    {
        var api = await fixture.NewTenantAsync();
        var json = TestData.Particulier().ToJsonString();
        var under = new string(' ', HostileJson.MaxBytes - 1 - Encoding.UTF8.GetByteCount(json)) + json;

        var accepted = await api.PostRawJsonAsync(UrssafCalls.Particulier, under);
        var refused = await api.PostRawJsonAsync(UrssafCalls.Particulier, "  " + under);

        await accepted.ShouldBeOkJsonAsync();
        (await refused.ShouldBeOnlyErrorAsync("ERREUR_VALIDATION", HttpStatusCode.RequestEntityTooLarge)).Should().Contain("1024 Kio");
    }
}
