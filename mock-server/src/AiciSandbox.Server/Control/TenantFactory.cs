using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Common;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Server.Control;

/// <summary>Builds new tenants from control-API settings: fresh credentials and a clock that starts where asked.</summary>
internal static class TenantFactory
{
    /// <summary>The speed of an accelerated clock when none is given: 48 h of simulated time in 48 s (issue: "under a minute").</summary>
    public const double DefaultAcceleratedSpeed = 3600;

    public static Outcome<(Tenant Tenant, string Secret)> Create(CreateTenantRequest request, DateTimeOffset realNow)
    {
        var clock = NewClock(request.Clock, realNow);
        if (!clock.IsAccepted) return Outcome<(Tenant, string)>.Refuse(clock.Refusal!.Code, clock.Refusal.Message);

        var secret = Credentials.NewSecret();
        var label = string.IsNullOrWhiteSpace(request.Label) ? "tenant" : request.Label.Trim()[..Math.Min(request.Label.Trim().Length, 100)];
        var tenant = new Tenant(TenantId.New(), label, Credentials.NewClientId(), Credentials.Hash(secret), clock.Value!, realNow);
        return Outcome<(Tenant, string)>.Accept((tenant, secret));
    }

    /// <summary>A clock that starts at <c>start</c> (default: real now) in <c>mode</c> (default: manual) — a new timeline.</summary>
    public static Outcome<ClockState> NewClock(ClockSettingsRequest? settings, DateTimeOffset realNow)
    {
        var start = realNow;
        if (settings?.Start is { } text && !ApiDate.TryParse(text, out start))
            return Outcome<ClockState>.Refuse("INVALID_CLOCK_START", $"clock.start « {text} » : {ApiDate.Expected}.");
        if (!ClockRange.Contains(start))
            return Outcome<ClockState>.Refuse("INVALID_CLOCK_START", $"clock.start « {settings!.Start} » : doit être {ClockRange.Described}.");
        return ParseMode(settings?.Mode) is { } mode
            ? ClockState.Start(start, realNow).Switched(mode, SpeedFor(mode, settings?.Speed), realNow)
            : Outcome<ClockState>.Refuse("INVALID_CLOCK_MODE", "clock.mode : manual ou accelerated.");
    }

    public static double SpeedFor(ClockMode mode, double? speed) => speed ?? (mode == ClockMode.Accelerated ? DefaultAcceleratedSpeed : 1);

    public static ClockMode? ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "manual" => ClockMode.Manual,
        "accelerated" => ClockMode.Accelerated,
        _ => null,
    };
}
