using AiciSandbox.Domain.Outbox;
using AiciSandbox.Server.Storage;
using AiciSandbox.Server.Web;

namespace AiciSandbox.Server.Pages.Console;

/// <summary>
/// The e-mails and SMS the real system would have sent, latest first — with the provisional passwords of the particuliers'
/// spaces in clear (this page is not journaled; the API's outbox masks them).
/// </summary>
internal sealed class OutboxModel : ConsolePage
{
    public IReadOnlyList<Sequenced<OutboxMessage>> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Messages = (await Service<ISandboxStore>().ReadOutboxAsync(Tenant.Id, new OutboxQuery(0, Shown, Latest: true), ct)).Reverse().ToList();

    /// <summary>How many messages the page lists: the tenant's last ones (a big clock move sends tens of thousands).</summary>
    public const int Shown = 1000;
}
