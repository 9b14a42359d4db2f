using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Server.Control;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server.Pages.Console.Demandes;

/// <summary>The tenant's demandes, filtered by status, particulier, invoice number and period, a page at a time.</summary>
internal sealed class IndexModel : ConsolePage
{
    public const int PageSize = 20;

    public DemandePage? Liste { get; private set; }
    public string? Erreur { get; private set; }
    public int? Statut { get; private set; }
    public string? IdClient { get; private set; }
    public string? Numero { get; private set; }
    public string? Du { get; private set; }
    public string? Au { get; private set; }
    public int Offset { get; private set; }

    public async Task OnGetAsync(int? statut, string? idClient, string? numero, string? du, string? au, int? offset, CancellationToken ct)
    {
        (Statut, IdClient, Numero, Du, Au, Offset) = (statut, idClient, numero, du, au, Math.Max(0, offset ?? 0));
        var filter = DemandeFilters.Parse(statut, idClient, numero, du, au, Offset, PageSize);
        if (!filter.IsAccepted)
        {
            Erreur = $"{filter.Refusal!.Code} : {filter.Refusal.Message}";
            return;
        }
        Liste = await Service<DemandeListing>().ListAsync(Tenant.Id, filter.Value!, ct);
    }

    public string PageUrl(int offset) =>
        $"/console/demandes?statut={Statut}&idClient={Uri.EscapeDataString(IdClient ?? "")}&numero={Uri.EscapeDataString(Numero ?? "")}&du={Du}&au={Au}&offset={offset}";

    public static IEnumerable<DemandeStatus> Statuts => Enum.GetValues<DemandeStatus>();
}
