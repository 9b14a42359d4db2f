using System.Collections.Concurrent;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Storage;

/// <summary>
/// Serialises the writes of one tenant inside this process, so that checks such as "invoice number already used" and the
/// write that follows them see the same data. Different tenants never wait for each other.
/// </summary>
internal sealed class TenantLocks
{
    private readonly ConcurrentDictionary<TenantId, SemaphoreSlim> locks = new();

    public async Task<IDisposable> AcquireAsync(TenantId tenant, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
