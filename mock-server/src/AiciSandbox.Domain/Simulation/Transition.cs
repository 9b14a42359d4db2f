namespace AiciSandbox.Domain.Simulation;

/// <summary>Who made a transition happen.</summary>
public enum Actor
{
    /// <summary>A deadline fell due as the clock moved.</summary>
    Clock,

    /// <summary>The particulier, a bank or a URSSAF agent, played through the control API.</summary>
    Control,

    /// <summary>The particulier's persona, at its scheduled reaction time.</summary>
    Persona,
}

/// <summary>What happened to one object: from which status to which, why, and at what simulated instant.</summary>
public sealed record Transition(DateTimeOffset At, string ObjectKind, string ObjectId, string From, string To, string Trigger, Actor Actor);
