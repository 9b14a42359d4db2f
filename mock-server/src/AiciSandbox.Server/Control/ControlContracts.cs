using System.ComponentModel.DataAnnotations;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Server.Auth;

namespace AiciSandbox.Server.Control;

/// <summary>Body of <c>POST /sandbox/v1/tenants</c>.</summary>
internal sealed record CreateTenantRequest(string? Label, ClockSettingsRequest? Clock);

/// <summary>Where and how a clock starts. Defaults: now, manual; accelerated without speed means 48 h in 48 s.</summary>
internal sealed record ClockSettingsRequest(string? Start, string? Mode, double? Speed);

/// <summary>Body of <c>POST /sandbox/v1/reset</c>: the new timeline's clock (default: now, same mode and speed).</summary>
internal sealed record ResetRequest(ClockSettingsRequest? Clock);

/// <summary>Body of <c>POST /sandbox/v1/snapshots</c>.</summary>
internal sealed record SnapshotRequest(string? Label);

/// <summary>A new tenant and its credentials; the secret is shown only here.</summary>
internal sealed record CreatedTenant(string TenantId, string Label, string ClientId, string ClientSecret, string TokenUrl, string ApiBaseUrl, ClockView Clock);

/// <summary>Body of <c>POST /sandbox/v1/clock/advance</c>: one of an ISO-8601 duration, a target instant, or the next due event.</summary>
internal sealed record AdvanceClockRequest(string? Duration, string? To, bool? Next);

/// <summary>Body of <c>POST /sandbox/v1/clock/mode</c>.</summary>
internal sealed record ClockModeRequest([property: Required] string? Mode, double? Speed);

/// <summary>Body of a contestation or a cancellation: the <c>infoRejet</c> code and comment.</summary>
internal sealed record MotifRequest([property: Required] string? Code, string? Commentaire);

/// <summary>A tenant's clock as the control API shows it, with the next event due.</summary>
internal sealed record ClockView(string Mode, double Speed, string Now, string NowParis, NextEventView? NextEvent)
{
    public static ClockView Of(ClockState state, DateTimeOffset now, Domain.Simulation.NextEvent? next) => new(
        state.Mode == ClockMode.Manual ? "manual" : "accelerated",
        state.Speed,
        TenantAuthentication.FormatNow(now),
        ControlFormat.Paris(now),
        next is null ? null : new NextEventView(TenantAuthentication.FormatNow(next.At), next.ObjectKind, next.ObjectId, next.Trigger));
}

internal sealed record NextEventView(string At, string ObjectKind, string ObjectId, string Trigger);

/// <summary>What a clock move did.</summary>
internal sealed record ClockAdvanced(string Previous, ClockView Clock, IReadOnlyList<TransitionView> Transitions);

/// <summary>What a control action did, and the object afterwards.</summary>
internal sealed record ActionResult(IReadOnlyList<TransitionView> Transitions, ParticulierView? Particulier, DemandeView? Demande);
