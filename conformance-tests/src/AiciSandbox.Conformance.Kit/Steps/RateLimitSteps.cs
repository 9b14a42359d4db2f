using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>A real rate limit on the tenant's URSSAF operations (the sandbox's limiter answers 429 with Retry-After).</summary>
[Binding]
public sealed class RateLimitSteps(ConformanceWorld world)
{
    [Given("l'API limite le débit à {int} requête(s) par {int} seconde(s)")]
    public async Task LimiteDeDebit(int permits, int seconds) =>
        world.Attachments.AttachJson($"limite de débit : {permits} requête(s) par {seconds} s",
            await world.Control.SetRateLimitsAsync(new { api = new { permits, windowSeconds = seconds } }, world.Cancellation));
}
