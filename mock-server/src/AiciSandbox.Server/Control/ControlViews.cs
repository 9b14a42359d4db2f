using System.Globalization;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Server.Auth;
using AiciSandbox.Server.Journal;
using AiciSandbox.Server.Storage;

namespace AiciSandbox.Server.Control;

internal static class ControlFormat
{
    public static string? Instant(DateTimeOffset? at) => at is { } value ? TenantAuthentication.FormatNow(value) : null;

    public static string Paris(DateTimeOffset at) => ParisTime.ToParis(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

/// <summary>One status change: when, what, from, to, why and who.</summary>
internal sealed record TransitionView(long? Seq, string At, string ObjectKind, string ObjectId, string From, string To, string Trigger, string Actor)
{
    public static TransitionView Of(Transition t) =>
        new(null, TenantAuthentication.FormatNow(t.At), t.ObjectKind, t.ObjectId, t.From, t.To, t.Trigger, t.Actor.ToString().ToLowerInvariant());
}

/// <summary>A particulier as the control API shows it (more than <c>GET /particulier</c>: persona, account type, dates).</summary>
internal sealed record ParticulierView(string IdClient, ParticulierStatusView Statut, string? DateActivation, string Persona, string Compte,
    string InscritLe, string? ActivationPrevueLe)
{
    public static ParticulierView Of(Particulier p) => new(p.Id.Value, p.StatutView, ControlFormat.Instant(p.ValideLe), p.Persona.ToString(),
        p.Compte.ToString(), TenantAuthentication.FormatNow(p.InscritLe), ControlFormat.Instant(p.ActivationPrevueLe));
}

/// <summary>A demande with its money (decision D15) and its dates, beyond what the URSSAF search shows.</summary>
internal sealed record DemandeView(string IdDemandePaiement, string NumFactureTiers, string IdClient, string Statut, string Libelle,
    Montants Montants, EcheancierView Echeancier, InfoRejet? InfoRejet, decimal? MntVirement, string? DateVirement, NextEventView? NextEvent)
{
    public static DemandeView Of(DemandePaiement d)
    {
        var e = d.Dates;
        return new(d.Id.Value, d.NumFactureTiers, d.IdClient.Value, d.Statut.Code(), d.Statut.Libelle(), d.Argent,
            new EcheancierView(ControlFormat.Instant(d.SoumiseLe)!, ControlFormat.Instant(e.NotificationLe)!, ControlFormat.Instant(e.NotifieeLe),
                ControlFormat.Instant(e.ValidationLimite), ControlFormat.Instant(e.ValideeLe), ControlFormat.Instant(e.PrelevementLe),
                ControlFormat.Instant(e.VirementLe), ControlFormat.Instant(e.ImpayeLe), ControlFormat.Instant(e.RecouvrementLe), ControlFormat.Instant(e.ClotureLe)),
            d.InfoRejet, d.InfoVirement?.MntVirement, ControlFormat.Instant(d.InfoVirement?.DateVirement),
            d.NextDue is { } due ? new NextEventView(TenantAuthentication.FormatNow(due.At), "demande", d.Id.Value, due.Trigger.ToString()) : null);
    }
}

internal sealed record EcheancierView(string SoumiseLe, string NotificationLe, string? NotifieeLe, string? ValidationLimite, string? ValideeLe,
    string? PrelevementLe, string? VirementLe, string? ImpayeLe, string? RecouvrementLe, string? ClotureLe);

/// <summary>An e-mail or SMS of the outbox; a provisional password is never in an answer of the API (which the journal keeps).</summary>
internal sealed record OutboxView(long Seq, string At, string Destinataire, string Canal, string A, string Kind, string Sujet, string Corps,
    string? IdClient, string? IdDemandePaiement, decimal? Montant, string? DateEffet)
{
    public const string MaskedPassword = "Votre mot de passe provisoire (masqué dans l'API et le journal) se lit dans la console, page Outbox.";

    public static OutboxView Of(Sequenced<OutboxMessage> s)
    {
        var m = s.Item;
        return new(s.Seq, TenantAuthentication.FormatNow(m.At), m.Recipient.ToString().ToLowerInvariant(), m.Channel, m.To, m.Kind,
            m.Subject, m.Kind == OutboxKinds.MotDePasseProvisoire ? MaskedPassword : m.Body, m.IdClient, m.IdDemandePaiement, m.Montant, ControlFormat.Instant(m.DateEffet));
    }
}

/// <summary>A journal entry with its sequence number; its instants written like every other of the control API (<c>…000Z</c>).</summary>
internal sealed record JournalView(long Seq, JournalEntryView Entry)
{
    public static JournalView Of(Sequenced<JournalEntry> e) => new(e.Seq, JournalEntryView.Of(e.Item));
}

/// <summary>
/// <see cref="JournalEntry"/> as the control API shows it: the simulated instant to the millisecond, the real one to the
/// tick (waits between a software's retries are judged from it).
/// </summary>
internal sealed record JournalEntryView(
    string SimulatedAt, string ReceivedAt, long DurationMs, string Method, string Path, string? Query,
    IReadOnlyDictionary<string, string> RequestHeaders, string? RequestBody, int Status, IReadOnlyDictionary<string, string> ResponseHeaders,
    string? ResponseBody, bool Truncated, string? Fault)
{
    public static JournalEntryView Of(JournalEntry e) => new(TenantAuthentication.FormatNow(e.SimulatedAt),
        e.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        e.DurationMs, e.Method, e.Path, e.Query, e.RequestHeaders, e.RequestBody, e.Status, e.ResponseHeaders, e.ResponseBody, e.Truncated, e.Fault);
}

/// <summary>A row of the persona table.</summary>
internal sealed record PersonaView(string Persona, string NomNaissance, string Effet)
{
    public static PersonaView Of(PersonaDefinition p) => new(p.Persona.ToString(), p.NomNaissance, p.Effet);
}

/// <summary>A saved snapshot.</summary>
internal sealed record SnapshotView(string Id, string? Label, string CreatedAt, string SimulatedAt, int Particuliers, int Demandes)
{
    public static SnapshotView Of(TenantSnapshot s) => new(s.Id, s.Label, TenantAuthentication.FormatNow(s.CreatedAt),
        TenantAuthentication.FormatNow(s.SimulatedAt), s.Particuliers.Count, s.Demandes.Count);
}
