using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Simulation;

/// <summary>
/// The e-mails and SMS the real system sends at each step (URSSAF FAQ; seed CGU art. 4.5.2, 4.5.5, 4.5.6), worded in French
/// as a particulier or a provider would receive them.
/// </summary>
public static class Notifications
{
    public static IEnumerable<OutboxMessage> Inscription(Particulier p, DateTimeOffset at)
    {
        if (p.Statut != ParticulierStatus.AppareillageEnCours) yield break;
        if (p.Compte == CompteType.Existant)
        {
            yield return ToParticulier(p, at, "email", OutboxKinds.DemandeAppareillage, "Un prestataire demande à être associé à votre compte",
                "Un prestataire de services à la personne souhaite bénéficier de l'avance immédiate pour vous. Connectez-vous à votre espace particulier pour accepter ou refuser cette association.");
            yield return ToParticulier(p, at, "sms", OutboxKinds.DemandeAppareillage, "Association à un prestataire",
                "Urssaf : un prestataire demande à être associé à votre compte avance immédiate. Acceptez ou refusez dans votre espace.");
            yield break;
        }
        yield return ToParticulier(p, at, "email", OutboxKinds.InvitationActivation, "Activez votre compte avance immédiate",
            "Votre prestataire vous a inscrit au service d'avance immédiate du crédit d'impôt. Activez votre compte en suivant le lien de ce message.");
    }

    public static IEnumerable<OutboxMessage> ParticulierChange(Particulier p, ParticulierTrigger trigger, DateTimeOffset at) => trigger switch
    {
        ParticulierTrigger.Block => [ToParticulier(p, at, "email", OutboxKinds.CompteBloque, "Votre compte avance immédiate est bloqué",
            "Un prélèvement est revenu impayé : votre compte est bloqué et aucune nouvelle demande de paiement ne peut vous être adressée jusqu'à sa régularisation.")],
        ParticulierTrigger.Unblock => [ToParticulier(p, at, "email", OutboxKinds.CompteDebloque, "Votre compte avance immédiate est débloqué",
            "L'impayé est régularisé : votre compte est de nouveau actif.")],
        _ => [],
    };

    /// <remarks>
    /// An array per call (most moves send one message) rather than an iterator, whose state machine kept a copy of every
    /// argument and local: 40,000 of them in a big clock move.
    /// </remarks>
    public static IEnumerable<OutboxMessage> DemandeChange(DemandePaiement d, DemandeStatus from, DemandeTrigger trigger, Particulier p, string organisme, DateTimeOffset at)
    {
        var m = d.Argent;
        switch (trigger)
        {
            case DemandeTrigger.NotifyParticulier:
                var limite = d.Dates.ValidationLimite!.Value;
                var body = $"Votre prestataire vous demande le paiement de {Facture(d, m)}. Aide immédiate : {Euros(m.Aide)} ; reste à votre charge : {Euros(m.ResteACharge)}. "
                    + $"Validez ou refusez avant le {Paris(limite)} ; sans réponse, la demande sera validée automatiquement.";
                return
                [
                    ToParticulier(p, at, "email", OutboxKinds.DemandeAValider, "Une demande de paiement attend votre validation", body, d, m.ResteACharge, limite),
                    ToParticulier(p, at, "sms", OutboxKinds.DemandeAValider, "Demande de paiement à valider",
                        $"Urssaf : demande de paiement de {Euros(m.Ttc)} à valider avant le {Paris(limite)}.", d, m.ResteACharge, limite),
                ];
            case DemandeTrigger.ContestByParticulier:
                return [ToOrganisme(organisme, at, OutboxKinds.Contestation, $"Demande de paiement {d.NumFactureTiers} refusée par le particulier",
                    $"Le particulier a refusé {Facture(d, m)} ({d.InfoRejet!.Code} : {MotifsRejet.Contestation[d.InfoRejet.Code]}). Commentaire : « {d.InfoRejet.Commentaire} ». "
                    + "Prenez contact avec lui dans les trois jours (CGU art. 4.5.2).", d, null, null)];
            case DemandeTrigger.Debit:
                return [ToParticulier(p, at, "email", OutboxKinds.Prelevement, "Prélèvement de votre reste à charge",
                    $"Nous prélevons {Euros(m.ResteACharge)} pour {Facture(d, m)}.", d, m.ResteACharge, at)];
            case DemandeTrigger.PayProvider:
                return [ToOrganisme(organisme, at, OutboxKinds.Virement, $"Virement pour la demande {d.NumFactureTiers}",
                    $"Nous vous virons {Euros(m.Virement)} pour {Facture(d, m)}, valeur {Paris(d.Dates.VirementLe!.Value)}.", d, m.Virement, d.Dates.VirementLe)];
            case DemandeTrigger.RejectDebit:
                var recouvrement = d.Dates.RecouvrementLe!.Value;
                return [ToOrganisme(organisme, at, OutboxKinds.ImpayeOrganisme, $"Impayé sur la demande {d.NumFactureTiers}",
                    $"Le prélèvement de {Euros(m.ResteACharge)} sur le compte du particulier pour {Facture(d, m)} est revenu impayé. "
                    + $"Sans régularisation, nous prélèverons {Euros(m.ResteACharge)} sur votre compte à partir du {Paris(recouvrement)}. "
                    + "Ce message vaut notification préalable du prélèvement (CGU art. 4.5.5).", d, m.ResteACharge, recouvrement)];
            case DemandeTrigger.RegulariseImpaye:
                return [ToOrganisme(organisme, at, OutboxKinds.ImpayeRegularise, $"Impayé régularisé sur la demande {d.NumFactureTiers}",
                    $"Le particulier a régularisé l'impayé de {Euros(m.ResteACharge)} : aucun prélèvement ne sera opéré sur votre compte.", d, m.ResteACharge, null)];
            case DemandeTrigger.RecoverFromProvider:
                return [ToOrganisme(organisme, at, OutboxKinds.Recouvrement, $"Recouvrement de l'impayé de la demande {d.NumFactureTiers}",
                    $"Nous prélevons {Euros(m.ResteACharge)} sur votre compte au titre de l'impayé du particulier.", d, m.ResteACharge, at)];
            case DemandeTrigger.Cancel:
                return Cancellation(d, from, p, organisme, at);
            default:
                return [];
        }
    }

    /// <summary>How a message names the invoice: « la facture FAC-… de 50,00 € ».</summary>
    private static string Facture(DemandePaiement d, Montants m) => $"la facture {d.NumFactureTiers} de {Euros(m.Ttc)}";

    /// <summary>Art. 4.5.6: both are told; what was paid is clawed back from the provider ≥ 30 days later, the particulier refunded.</summary>
    private static IEnumerable<OutboxMessage> Cancellation(DemandePaiement d, DemandeStatus from, Particulier p, string organisme, DateTimeOffset at)
    {
        var m = d.Argent;
        var motif = $"{d.InfoRejet!.Code} : {MotifsRejet.Annulation[d.InfoRejet.Code]}";
        var debited = from is DemandeStatus.Prelevee or DemandeStatus.Payee;
        yield return ToParticulier(p, at, "email", OutboxKinds.AnnulationParticulier, $"Annulation de la demande de paiement {d.NumFactureTiers}",
            $"La demande de paiement {d.NumFactureTiers} a été annulée ({motif})."
            + (debited ? $" Les {Euros(m.ResteACharge)} prélevés vous seront remboursés ; votre plafond d'aide est régularisé." : " Votre plafond d'aide est régularisé."),
            d, debited ? m.ResteACharge : null, null);
        var paid = d.InfoVirement?.MntVirement ?? 0m;
        // Art. 4.5.6: after an impayé the provider gives back what it was paid minus the unpaid sum, which it still has to
        // recover (111) or has already repaid (112); otherwise the whole transfer.
        var clawBack = from is DemandeStatus.RefusPrelevement or DemandeStatus.Recouvree ? Math.Max(0m, paid - m.ResteACharge) : paid;
        var when = Timings.RecoveryDay(at);
        yield return ToOrganisme(organisme, at, OutboxKinds.AnnulationOrganisme, $"Annulation de la demande de paiement {d.NumFactureTiers}",
            $"La demande de paiement {d.NumFactureTiers} est annulée ({motif})."
            + (clawBack > 0 ? $" Nous prélèverons {Euros(clawBack)} sur votre compte à partir du {Paris(when)} ; ce message vaut notification préalable (CGU art. 4.5.6)." : ""),
            d, clawBack > 0 ? clawBack : null, clawBack > 0 ? when : null);
    }

    private static OutboxMessage ToParticulier(Particulier p, DateTimeOffset at, string channel, string kind, string subject, string body,
        DemandePaiement? d = null, decimal? montant = null, DateTimeOffset? effet = null) =>
        new(at, Recipient.Particulier, channel, channel == "sms" ? p.Inscription.NumeroTelephonePortable! : p.Inscription.AdresseMail!,
            kind, subject, body, p.Id.Value, d?.Id.Value, montant, effet);

    private static OutboxMessage ToOrganisme(string organisme, DateTimeOffset at, string kind, string subject, string body,
        DemandePaiement d, decimal? montant, DateTimeOffset? effet) =>
        new(at, Recipient.Organisme, "email", organisme, kind, subject, body, d.IdClient.Value, d.Id.Value, montant, effet);

    private static EuroText Euros(decimal amount) => new(amount);

    private static ParisText Paris(DateTimeOffset instant) => new(instant);
}
