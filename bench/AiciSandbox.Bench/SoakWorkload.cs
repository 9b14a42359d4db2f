using System.Net;

namespace AiciSandbox.Bench;

/// <summary>
/// The soak's traffic, as an integrator's back office makes it: searches (50 %), particulier status reads (25 %), one-demande
/// submissions (20 %) and token renewals (5 %), spread over two tenants. <see cref="Growing"/> sends the submissions to the
/// <c>base</c> tenant (its data grows); otherwise they go to the <c>cycle</c> tenant, which is reset whenever it holds
/// <see cref="CycleSize"/> demandes — so that, after the growth, the stored data stays bounded.
/// </summary>
internal sealed class SoakWorkload(SandboxSession baseTenant, SandboxSession cycleTenant, IReadOnlyList<string> baseClients, int cycleSize)
{
    public const int Particuliers = 40;

    private readonly object gate = new();
    private IReadOnlyList<string> cycleClients = [];
    private int baseDemandes, cycleDemandes, sequence, cycling;
    private long errors, refused, calls;

    public int CycleSize => cycleSize;
    public bool Growing { get; set; } = true;
    public int StoredDemandes => Volatile.Read(ref baseDemandes) + Volatile.Read(ref cycleDemandes);
    public int BaseDemandes => Volatile.Read(ref baseDemandes);
    public long Errors => Interlocked.Read(ref errors);
    public long Refused => Interlocked.Read(ref refused);
    public long Calls => Interlocked.Read(ref calls);
    public int Resets { get; private set; }

    /// <summary>Registers and activates the particuliers of both tenants (the cycle tenant again after each reset).</summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(SandboxSession tenant, CancellationToken ct)
    {
        var clients = new List<string>();
        for (var i = 0; i < Particuliers; i++) clients.Add(await tenant.RegisterAsync(i, ct));
        await tenant.AdvanceAsync("{\"duration\":\"P1D\"}", ct);
        return clients;
    }

    public async Task StartAsync(CancellationToken ct) => cycleClients = await PrepareAsync(cycleTenant, ct);

    /// <summary>One call of the mix, chosen by <paramref name="draw"/> in [0, 100).</summary>
    public async Task CallAsync(int draw, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref sequence);
        var onBase = Growing || n % 2 == 0 || Volatile.Read(ref cycling) == 1;
        var (tenant, clients) = onBase ? (baseTenant, baseClients) : (cycleTenant, cycleClients);
        var i = n % Particuliers;
        HttpStatusCode status;
        try
        {
            if (draw < 50)
                status = (await tenant.CallAsync(HttpMethod.Post, SandboxSession.SearchPath, Bodies.Search([$"SOAK-{(n / 3) % 5000:D6}"]), ct)).Status;
            else if (draw < 75)
                status = (await tenant.CallAsync(HttpMethod.Get, $"{SandboxSession.Api}/particulier?idClient={clients[i]}", null, ct)).Status;
            else if (draw < 95)
                status = await SubmitAsync(n, i, ct);
            else
            {
                await tenant.RenewTokenAsync(ct);
                status = HttpStatusCode.OK;
            }
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            Interlocked.Increment(ref errors);
            return;
        }
        Interlocked.Increment(ref calls);
        if ((int)status >= 500) Interlocked.Increment(ref errors);
        else if (status == HttpStatusCode.TooManyRequests) Interlocked.Increment(ref refused);
    }

    private async Task<HttpStatusCode> SubmitAsync(int n, int i, CancellationToken ct)
    {
        var toBase = Growing || Volatile.Read(ref cycling) == 1;
        var tenant = toBase ? baseTenant : cycleTenant;
        var idClient = (toBase ? baseClients : cycleClients)[i];
        var (status, _) = await tenant.CallAsync(HttpMethod.Post, SandboxSession.SubmitPath,
            "[" + Bodies.Demande(idClient, i, $"SOAK-{n:D9}") + "]", ct);
        if (status != HttpStatusCode.OK) return status;
        if (toBase)
        {
            Interlocked.Increment(ref baseDemandes);
            return status;
        }
        if (Interlocked.Increment(ref cycleDemandes) >= cycleSize && Interlocked.CompareExchange(ref cycling, 1, 0) == 0)
            await CycleAsync(ct);
        return status;
    }

    /// <summary>Empties the cycle tenant (a new timeline on the same start) and prepares it again.</summary>
    private async Task CycleAsync(CancellationToken ct)
    {
        try
        {
            await cycleTenant.CallAsync(HttpMethod.Post, "/sandbox/v1/reset",
                $"{{\"clock\":{{\"start\":\"{SandboxSession.Start}\",\"mode\":\"manual\"}}}}", ct);
            cycleClients = await PrepareAsync(cycleTenant, ct);
            lock (gate) Resets++;
            Volatile.Write(ref cycleDemandes, 0);
        }
        finally
        {
            Volatile.Write(ref cycling, 0);
        }
    }
}
