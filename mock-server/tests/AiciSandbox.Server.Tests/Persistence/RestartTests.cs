using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Persistence;

/// <summary>
/// What the sandbox accepted survives a restart: a second host on the same SQLite file (ISandboxStore: every write is
/// committed before the answer) finds the tenant, its particulier, its demande and its clock.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task ParticulierDemandeAndClock_AreStillThereAfterTheHostRestartsOnTheSameDatabase()
    {
        var path = SandboxHost.NewDatabasePath();
        try
        {
            string clientId, secret, idClient, idDemande, numero = TestData.NumeroFacture();
            await using (var first = SandboxHost.Reusing(path))
            {
                var api = await SandboxApi.CreateAsync(first.CreateClient());
                idClient = await api.RegisterActivatedAsync(TestData.Particulier("Ledru", "Pierre"));
                await api.AdvanceAsync("P2D");
                idDemande = await api.TransmettreAccepteeAsync(TestData.Demande(idClient, numero));
                (clientId, secret) = (api.ClientId, api.ClientSecret);
            }

            await using var second = SandboxHost.Reusing(path);
            var again = new SandboxApi(second.CreateClient(), clientId, secret);
            await again.AuthenticateAsync();

            var statut = (await (await again.StatutAsync(idClient)).ShouldBeOkJsonAsync())["statut"]!;
            statut["code"]!.GetValue<string>().Should().Be("APPAREILLAGE_VALIDE");
            statut["description"]!.GetValue<string>().Should().EndWith("02/03/2026 09:00:00");
            var found = (await (await again.RechercherParNumerosAsync(numero)).ShouldBeOkJsonAsync())["infoDemandePaiements"]!.AsArray();
            found.Should().ContainSingle().Which!["idDemandePaiement"]!.GetValue<string>().Should().Be(idDemande);
            (await (await again.ClockAsync()).ShouldBeOkJsonAsync())["now"]!.GetValue<string>().Should().Be("2026-03-04T08:00:00.000Z");
            await (await again.TransmettreAsync(TestData.Demande(idClient, numero))).ShouldRejectOnlyItemWithAsync("ERR_FACTURE_DOUBLON");
        }
        finally
        {
            SandboxHost.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task TokenIssuedBeforeTheRestart_IsStillValidAfterIt()
    {
        var path = SandboxHost.NewDatabasePath();
        try
        {
            string clientId, secret, token, idClient;
            await using (var first = SandboxHost.Reusing(path))
            {
                var api = await SandboxApi.CreateAsync(first.CreateClient());
                idClient = await api.RegisterAsync(TestData.Particulier());
                (clientId, secret, token) = (api.ClientId, api.ClientSecret, api.Token!);
            }

            await using var second = SandboxHost.Reusing(path);
            var again = new SandboxApi(second.CreateClient(), clientId, secret);
            again.UseToken(token);

            (await (await again.StatutAsync(idClient)).ShouldBeOkJsonAsync())["idClient"]!.GetValue<string>().Should().Be(idClient);
        }
        finally
        {
            SandboxHost.DeleteDatabase(path);
        }
    }
}
