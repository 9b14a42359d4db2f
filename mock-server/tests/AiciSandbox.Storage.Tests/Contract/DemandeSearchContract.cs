using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Storage.Tests.Support;

namespace AiciSandbox.Storage.Tests.Contract;

/// <summary>
/// The search behind <c>POST /demandePaiement/rechercher</c>: by ids or numbers in the order asked, by invoice-date period
/// (bounds inclusive, either open) in date then submission order, cut at the limit.
/// </summary>
public abstract class DemandeSearchContract(IStoreDatabase database) : StoreContract(database)
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private readonly TenantId tenant = TenantId.New();
    private readonly ParticulierId client = ParticulierId.New();

    [StorageFact]
    public async Task ByIds_ComesBackInTheOrderAsked_WithoutTheUnknownIds()
    {
        var (a, b, c) = (Data.Demande(client), Data.Demande(client), Data.Demande(client));
        await Store.AddDemandesAsync(tenant, [a, b, c], Ct);

        var found = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByIds([c.Id.Value, DemandeId.New().Value, a.Id.Value, b.Id.Value]), 11, Ct);

        found.Select(d => d.Id).Should().Equal(c.Id, a.Id, b.Id);
    }

    [StorageFact]
    public async Task ByNumeros_ComesBackInTheOrderAsked_WithoutTheUnknownNumbers()
    {
        var (a, b, c) = (Data.Demande(client), Data.Demande(client), Data.Demande(client));
        await Store.AddDemandesAsync(tenant, [a, b, c], Ct);

        var found = await Store.FindDemandesAsync(tenant,
            new SearchCriterion.ByNumeros([b.NumFactureTiers, Data.NumeroFacture(), c.NumFactureTiers, a.NumFactureTiers]), 11, Ct);

        found.Select(d => d.NumFactureTiers).Should().Equal(b.NumFactureTiers, c.NumFactureTiers, a.NumFactureTiers);
    }

    [StorageFact]
    public async Task ByPeriod_IncludesBothBounds()
    {
        var days = await AddOnePerDayAsync(March1.AddDays(-1), March1, March1.AddDays(1), March1.AddDays(2), March1.AddDays(3));

        var found = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(March1, March1.AddDays(2)), 11, Ct);

        found.Select(d => d.DateFacture).Should().Equal(days[1..4]);
    }

    [StorageFact]
    public async Task ByPeriod_WithOpenBounds_TakesEverythingOnThatSide()
    {
        var days = await AddOnePerDayAsync(new DateOnly(2025, 12, 31), March1, new DateOnly(2026, 4, 30));

        var from = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(March1, null), 11, Ct);
        var to = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(null, March1), 11, Ct);
        var all = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(null, null), 11, Ct);

        from.Select(d => d.DateFacture).Should().Equal(days[1], days[2]);
        to.Select(d => d.DateFacture).Should().Equal(days[0], days[1]);
        all.Select(d => d.DateFacture).Should().Equal(days);
    }

    [StorageFact]
    public async Task ByPeriod_OrdersByInvoiceDate_ThenSubmission_ThenPlaceInTheBatch()
    {
        var noon = DomainData.Now.AddHours(3);
        var lateButEarlyInvoice = Data.Demande(client, March1, soumiseLe: noon.AddHours(2));
        var secondOfBatch = Data.Demande(client, March1.AddDays(1), soumiseLe: noon);
        var firstOfBatch = Data.Demande(client, March1.AddDays(1), soumiseLe: noon);
        var submittedEarlier = Data.Demande(client, March1.AddDays(1), soumiseLe: noon.AddMinutes(-1));
        await Store.AddDemandesAsync(tenant, [lateButEarlyInvoice], Ct);
        await Store.AddDemandesAsync(tenant, [firstOfBatch, secondOfBatch], Ct);
        await Store.AddDemandesAsync(tenant, [submittedEarlier], Ct);

        var found = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(March1, March1.AddDays(1)), 11, Ct);

        found.Select(d => d.Id).Should().Equal(lateButEarlyInvoice.Id, submittedEarlier.Id, firstOfBatch.Id, secondOfBatch.Id);
    }

    [StorageFact]
    public async Task ByPeriod_BatchesSubmittedAtTheSameSimulatedInstant_KeepTheirSubmissionOrder()
    {
        var frozen = DomainData.Now;
        var firstBatch = new[] { Data.Demande(client, March1, frozen), Data.Demande(client, March1, frozen) };
        var secondBatch = new[] { Data.Demande(client, March1, frozen), Data.Demande(client, March1, frozen) };
        await Store.AddDemandesAsync(tenant, firstBatch, Ct);
        await Store.AddDemandesAsync(tenant, secondBatch, Ct);

        var found = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(March1, March1), 11, Ct);

        found.Select(d => d.Id).Should().Equal(firstBatch.Concat(secondBatch).Select(d => d.Id), "a manual clock does not move between two requests");
    }

    [StorageFact]
    public async Task Results_StopAtTheLimit()
    {
        var demandes = Enumerable.Range(0, 12).Select(i => Data.Demande(client, March1.AddDays(11 - i))).ToList();
        await Store.AddDemandesAsync(tenant, demandes, Ct);

        var byPeriod = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByPeriod(null, null), 3, Ct);
        var byNumeros = await Store.FindDemandesAsync(tenant, new SearchCriterion.ByNumeros(demandes.Select(d => d.NumFactureTiers).ToList()), 11, Ct);

        byPeriod.Select(d => d.DateFacture).Should().Equal(March1, March1.AddDays(1), March1.AddDays(2));
        byNumeros.Should().HaveCount(11, "the API asks for one more than it may answer, to tell that there are too many");
    }

    private async Task<DateOnly[]> AddOnePerDayAsync(params DateOnly[] days)
    {
        await Store.AddDemandesAsync(tenant, days.Select(day => Data.Demande(client, day)).ToList(), Ct);
        return days.Order().ToArray();
    }
}
