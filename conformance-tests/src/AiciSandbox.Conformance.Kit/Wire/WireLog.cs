using AiciSandbox.Conformance.Kit.Sandbox;

namespace AiciSandbox.Conformance.Kit.Wire;

/// <summary>
/// The scenario's tenant journal, read incrementally: every exchange since the tenant was created, and marks that
/// delimit what one step made the software send.
/// </summary>
public sealed class WireLog(SandboxControl control)
{
    private readonly List<WireExchange> _all = [];

    /// <summary>Every exchange of the tenant so far, the kit's own included, in order.</summary>
    public async Task<IReadOnlyList<WireExchange>> AllAsync(CancellationToken ct)
    {
        var after = _all.Count == 0 ? 0 : _all[^1].Seq;
        _all.AddRange((await control.JournalAsync(after, ct)).Select(WireExchange.Of));
        return _all;
    }

    /// <summary>What the integrator's software sent (token endpoint and URSSAF API), in order.</summary>
    public async Task<IReadOnlyList<WireExchange>> IntegratorAsync(CancellationToken ct) =>
        (await AllAsync(ct)).Where(e => e.IsIntegratorTraffic).ToList();

    /// <summary>The sequence number of the last exchange so far: a mark before or after a step.</summary>
    public async Task<long> MarkAsync(CancellationToken ct)
    {
        var all = await AllAsync(ct);
        return all.Count == 0 ? 0 : all[^1].Seq;
    }
}
