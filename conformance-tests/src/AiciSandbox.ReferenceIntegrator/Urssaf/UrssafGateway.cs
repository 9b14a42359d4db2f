using System.Net;
using AiciSandbox.ReferenceIntegrator.Generated;
using Polly;
using Polly.Retry;

namespace AiciSandbox.ReferenceIntegrator.Urssaf;

/// <summary>An URSSAF call whose outcome is unknown: the connection broke after the request may have been processed.</summary>
public sealed class OutcomeUnknownException(Exception inner) : Exception("La réponse de l'URSSAF n'est pas arrivée.", inner);

/// <summary>
/// The software's access to the URSSAF API: the generated client with a reused token (renewed on 401), and retries with
/// exponential back-off and jitter on 429/500/502/503/504 (honouring <c>Retry-After</c>). A broken connection on a call
/// that creates something is not retried blindly: it surfaces as <see cref="OutcomeUnknownException"/> so the caller
/// checks what arrived first.
/// </summary>
public sealed class UrssafGateway(HttpClient http, TokenCache tokens, IReadOnlySet<Defect> defects)
{
    private static readonly HashSet<int> Transient = [429, 500, 502, 503, 504];

    /// <summary>The only bound of <see cref="Defect.RenewsTokenForeverOn401"/>'s loop, so that a test of it ends.</summary>
    private const int RenewalTurnsOfTheLoopDefect = 50;

    // Polly refuses MaxRetryAttempts = 0: the "no retry" defect simply has no retry strategy.
    private readonly ResiliencePipeline retries = defects.Contains(Defect.NoRetry) ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<ApiException>(e => Transient.Contains(e.StatusCode)
                    || (defects.Contains(Defect.RetriesRefusals) && e.StatusCode is >= 400 and < 500 and not 401))
                .Handle<HttpRequestException>(e => e.StatusCode is null || Transient.Contains((int)e.StatusCode)),
            MaxRetryAttempts = 4,
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfter(args.Outcome.Exception) ?? EqualJitter(args.AttemptNumber)),
        })
        .Build();

    public UrssafSettings? Settings { get; set; }

    public Task<OutputParticulierDTO> InscrireAsync(InputParticulierDTO body, CancellationToken ct) =>
        CallAsync((c, t) => c.InscrireClientAsync(body, t), creates: true, ct);

    public Task<OutputParticulierSimpleDTO> StatutAsync(string? idClient, string? adresseMail, CancellationToken ct) =>
        CallAsync((c, t) => c.ConsulterStatutParticulierAsync(idClient, adresseMail, t), creates: false, ct);

    public Task<ICollection<OutputDemandePaiement>> TransmettreAsync(IReadOnlyList<InputDemandePaiement> batch, CancellationToken ct) =>
        CallAsync((c, t) => c.TransmettreDemandePaiementsAsync(batch, t), creates: true, ct);

    public Task<OutputRechercheDemandePaiement> RechercherAsync(InputRechercheDemandePaiement body, CancellationToken ct) =>
        CallAsync((c, t) => c.ConsulterInfoDemandePaiementsAsync(body, t), creates: false, ct);

    /// <summary>
    /// M070 by invoice date (<c>dateFacture</c>), both bounds inclusive. The days go out as midnight UTC, as every date the
    /// software sends (<c>2026-03-01T00:00:00Z</c>, see <see cref="UrssafClient"/>'s serializer settings).
    /// </summary>
    public Task<OutputRechercheDemandePaiement> RechercherParPeriodeAsync(DateOnly debut, DateOnly fin, CancellationToken ct) =>
        RechercherAsync(new InputRechercheDemandePaiement
        {
            DateDebut = debut.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            DateFin = fin.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        }, ct);

    private async Task<T> CallAsync<T>(Func<UrssafClient, CancellationToken, Task<T>> call, bool creates, CancellationToken ct)
    {
        var settings = Settings ?? throw new InvalidOperationException("Le logiciel n'est pas configuré.");
        return await retries.ExecuteAsync(async token =>
        {
            var client = new UrssafClient(http) { Host = settings.Host, AccessToken = await tokens.GetAsync(settings, renew: false, token) };
            try
            {
                return await Send(client, call, creates, token);
            }
            catch (ApiException e) when (e.StatusCode == (int)HttpStatusCode.Unauthorized && !defects.Contains(Defect.NeverRenewsToken))
            {
                // Renewed once: a new token refused again is not cured by a third one (the caller shows the error).
                for (var turn = 1; ; turn++)
                {
                    client.AccessToken = await tokens.GetAsync(settings, renew: true, token);
                    try
                    {
                        return await Send(client, call, creates, token);
                    }
                    catch (ApiException again) when (again.StatusCode == (int)HttpStatusCode.Unauthorized
                        && defects.Contains(Defect.RenewsTokenForeverOn401) && turn < RenewalTurnsOfTheLoopDefect)
                    {
                        // The defect: renew and retry once more, whatever URSSAF keeps answering.
                    }
                }
            }
        }, ct);
    }

    private static async Task<T> Send<T>(UrssafClient client, Func<UrssafClient, CancellationToken, Task<T>> call, bool creates, CancellationToken ct)
    {
        try
        {
            return await call(client, ct);
        }
        catch (Exception e) when (creates && e is HttpRequestException { StatusCode: null } or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new OutcomeUnknownException(e);
        }
    }

    /// <summary>
    /// Exponential back-off with "equal jitter": half of 100 ms × 2^attempt fixed, half random. Unlike full or decorrelated
    /// jitter, the first retry never comes at once (50–100 ms, then 100–200 ms…), while clients still spread out.
    /// </summary>
    private static TimeSpan EqualJitter(int attempt)
    {
        var ceiling = 100.0 * Math.Pow(2, attempt);
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    /// <summary>The server's <c>Retry-After</c> in seconds when it gave one (at most 5 s); otherwise null.</summary>
    private static TimeSpan? RetryAfter(Exception? failure) =>
        failure is ApiException { Headers: { } headers } && headers.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), out var seconds) ? TimeSpan.FromSeconds(Math.Min(seconds, 5)) : null;
}
