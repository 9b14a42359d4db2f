using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Server.Control;

/// <summary>Body of <c>POST /sandbox/v1/tenants</c>.</summary>
internal sealed record CreateTenantRequest(string? Label, ClockSettingsRequest? Clock);

/// <summary>Where and how a new tenant's clock starts. Defaults: now, manual.</summary>
internal sealed record ClockSettingsRequest(string? Start, string? Mode, double? Speed);

/// <summary>A new tenant and its credentials; the secret is shown only here.</summary>
internal sealed record CreatedTenant(string TenantId, string Label, string ClientId, string ClientSecret, string TokenUrl, string ApiBaseUrl, ClockView Clock);

/// <summary>A tenant's clock as the control API shows it.</summary>
internal sealed record ClockView(string Mode, double Speed, string Now, string NowParis)
{
    public static ClockView Of(ClockState state, DateTimeOffset now) => new(
        state.Mode == ClockMode.Manual ? "manual" : "accelerated",
        state.Speed,
        Auth.TenantAuthentication.FormatNow(now),
        ParisTime.ToParis(now).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Body of <c>POST /sandbox/v1/clock/advance</c>: either an ISO-8601 duration or a target instant.</summary>
internal sealed record AdvanceClockRequest(string? Duration, string? To);

/// <summary>What a clock move did.</summary>
internal sealed record ClockAdvanced(string Previous, ClockView Clock);

/// <summary>The particulier after a control action.</summary>
internal sealed record ParticulierView(string IdClient, ParticulierStatusView Statut, string? DateActivation);
