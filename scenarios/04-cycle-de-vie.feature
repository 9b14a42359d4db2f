# language: fr
@requis @cycle
Fonctionnalité: Suivi d'une demande jusqu'au virement (M070)
  Le logiciel interroge les statuts, montre la validation, le prélèvement, le virement (montant et date), la
  contestation et l'annulation, et cesse d'interroger les demandes soldées.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable
    Et le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel a envoyé la facture "F-100" de 50,00 € pour "Jeanne" pour un emploi d'hier

  @EX-15
  Scénario: Validation explicite, prélèvement puis virement montrés avec le montant et la date
    Règle : EX-15 — CGU art. 4.5.2 et 4.5.3 — virement dans les quatre jours ouvrés suivant la validation
    Quand le temps avance de 5 minutes
    Et le particulier valide la demande de la facture "F-100"
    Et le temps avance de 10 jours
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "70"
    Et le logiciel affiche pour la facture "F-100" un virement de 50,00 € daté du "2026-03-10"

  @EX-16
  Scénario: Sans réponse du particulier, la demande est validée au bout de 48 heures
    Règle : EX-16 — CGU art. 4.5.2 — validation automatique après 48 h
    Quand le temps avance de 5 minutes
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "20"
    Quand le temps avance de 48 heures
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "30"
    Quand le temps avance de 10 jours
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "70"

  @EX-17
  Scénario: La contestation est montrée avec son motif
    Règle : EX-17 et CGU art. 4.5.2 — statut 40, infoRejet (code et commentaire du particulier)
    Quand le temps avance de 5 minutes
    Et le particulier conteste la demande de la facture "F-100" avec le motif "CONTEST_ERR_FACT" et le commentaire "Je n'étais pas là"
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "40"
    Et le logiciel affiche pour la facture "F-100" le rejet "CONTEST_ERR_FACT" avec le commentaire "Je n'étais pas là"

  @EX-19
  Scénario: L'annulation par l'URSSAF est montrée
    Règle : EX-19 — CGU art. 4.5.6 — annulation motivée, statut 110
    Quand l'URSSAF annule la demande de la facture "F-100" avec le motif "ANNUL_ERR_MNT"
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "110"

  @EX-21
  Scénario: Les demandes soldées ne sont plus interrogées
    Règle : EX-21 — 70 Payée est un statut soldé ; un suivi raisonnable n'interroge que les demandes en cours
    Quand le temps avance de 10 jours
    Et le logiciel synchronise les statuts
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-100" au statut "70"
    Et sur le fil, la dernière synchronisation n'a interrogé aucune demande soldée
