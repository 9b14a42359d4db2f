using AiciSandbox.Testing;

namespace AiciSandbox.Server.Tests.Lifecycle;

/// <summary>
/// 30 → 50 → 70: the reste à charge is debited on the 2nd working day after the validation, the provider paid on the 4th
/// (seed CGU art. 4.5.3), both at 06:00 Paris; working days skip weekends and French public holidays (decision D13).
/// </summary>
public sealed class DebitAndTransferTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task AutoValidatedOnFriday_IsDebitedTuesday_AndPaidThursday_WithInfoVirementAndMessages()
    {
        var (api, idClient) = await fixture.NewTenantWithActiveParticulierAsync();
        var id = await api.SubmitAsync(idClient);
        await api.AdvanceToAsync("2026-03-10T04:59:59Z");
        var beforeDebit = await api.InfoDemandeAsync(id);

        var debit = await api.NextAsync();
        var debited = await api.InfoDemandeAsync(id);
        var transfer = await api.NextAsync();
        var paid = await api.InfoDemandeAsync(id);

        beforeDebit.Text("statut.code").Should().Be("30");
        beforeDebit["infoVirement"].Should().BeNull();
        Only(debit).Should().Be(("2026-03-10T05:00:00.000Z", "30", "50", "Debit"));
        (debited.Text("statut.code"), debited.Text("statut.libelle"), debited.Text("infoVirement.dateVirement"))
            .Should().Be(("50", "Prélevée", "2026-03-12T05:00:00Z"));
        debited.At("infoVirement.mntVirement").Should().BeNull();
        Only(transfer).Should().Be(("2026-03-12T05:00:00.000Z", "50", "70", "PayProvider"));
        (paid.Text("statut.libelle"), paid.Amount("infoVirement.mntVirement"), paid.Text("infoVirement.dateVirement"))
            .Should().Be(("Payée", 50.00m, "2026-03-12T05:00:00Z"));

        var prelevement = (await api.OutboxAsync($"kind=PRELEVEMENT&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (prelevement.Text("destinataire"), prelevement.Amount("montant"), prelevement.Text("at")).Should().Be(("particulier", 25.00m, "2026-03-10T05:00:00.000Z"));
        prelevement.Text("corps").Should().Contain("25,00 €");
        var virement = (await api.OutboxAsync($"kind=VIREMENT&idDemandePaiement={id}")).Should().ContainSingle().Which;
        (virement.Text("destinataire"), virement.Amount("montant"), virement.Text("dateEffet")).Should().Be(("organisme", 50.00m, "2026-03-12T05:00:00.000Z"));
        virement.Text("corps").Should().Contain("50,00 €").And.Contain("12/03/2026 à 06:00");
    }

    [Theory]
    [InlineData("Ascension 14 May 2026 and a weekend", "2026-05-04T08:00:00Z", "2026-05-12T09:00:00Z", "2026-05-15T04:00:00Z", "2026-05-19T04:00:00Z")]
    [InlineData("Easter Monday 6 April 2026", "2026-03-30T08:00:00Z", "2026-04-02T09:00:00Z", "2026-04-07T04:00:00Z", "2026-04-09T04:00:00Z")]
    [InlineData("1 May 2026, a Friday", "2026-04-20T08:00:00Z", "2026-04-29T09:00:00Z", "2026-05-04T04:00:00Z", "2026-05-06T04:00:00Z")]
    [InlineData("Whit Monday 25 May 2026", "2026-05-18T08:00:00Z", "2026-05-22T09:00:00Z", "2026-05-27T04:00:00Z", "2026-05-29T04:00:00Z")]
    [InlineData("14 July 2026, a Tuesday", "2026-07-06T08:00:00Z", "2026-07-10T09:00:00Z", "2026-07-15T04:00:00Z", "2026-07-17T04:00:00Z")]
    [InlineData("Thursday 23:30 Paris is Thursday", "2026-03-02T08:00:00Z", "2026-03-05T22:30:00Z", "2026-03-09T05:00:00Z", "2026-03-11T05:00:00Z")]
    [InlineData("Thursday 23:30 UTC is Friday in Paris", "2026-03-02T08:00:00Z", "2026-03-05T23:30:00Z", "2026-03-10T05:00:00Z", "2026-03-12T05:00:00Z")]
    [InlineData("Christmas 2026, a Friday", "2026-12-14T08:00:00Z", "2026-12-23T09:00:00Z", "2026-12-28T05:00:00Z", "2026-12-30T05:00:00Z")]
    [InlineData("New Year 2027, across the year end", "2026-12-14T08:00:00Z", "2026-12-29T09:00:00Z", "2026-12-31T05:00:00Z", "2027-01-05T05:00:00Z")]
    public async Task ExplicitValidation_IsDebitedAndPaidOnWorkingDays(string calendar, string start, string validation, string debit, string virement)
    {
        var api = await fixture.NewTenantAsync(start);
        var idClient = await api.RegisterActivatedAsync(TestData.Particulier());
        var employment = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await api.AdvanceToAsync(Stamp(validation, hours: -2));
        var id = await api.SubmitAsync(idClient, employment);
        await api.NextAsync();
        await api.AdvanceToAsync(validation);
        await api.ValiderAsync(id).ShouldBeAcceptedAsync();

        var debitStep = await api.NextAsync();
        var debited = await api.InfoDemandeAsync(id);
        var transferStep = await api.NextAsync();
        var paid = await api.InfoDemandeAsync(id);

        Only(debitStep).Should().Be((Stamp(debit), "30", "50", "Debit"), calendar);
        debited.Text("infoVirement.dateVirement").Should().Be(virement, calendar);
        Only(transferStep).Should().Be((Stamp(virement), "50", "70", "PayProvider"), calendar);
        (paid.Amount("infoVirement.mntVirement"), paid.Text("infoVirement.dateVirement")).Should().Be((50.00m, virement), calendar);
    }

    private static (string At, string From, string To, string Trigger) Only(System.Text.Json.Nodes.JsonNode step)
    {
        var t = step["transitions"]!.AsArray().Should().ContainSingle().Which;
        return (t.Text("at"), t.Text("from"), t.Text("to"), t.Text("trigger"));
    }

    /// <summary>An API instant (<c>…:00Z</c>) as the control API writes it (<c>…:00.000Z</c>), moved by <paramref name="hours"/>.</summary>
    private static string Stamp(string instant, int hours = 0) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).AddHours(hours).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
