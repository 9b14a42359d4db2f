# language: fr
@etendu @refus
Fonctionnalité: Actions que l'URSSAF refuse
  Passé le délai de 48 heures, la demande est validée d'office : le particulier ne peut plus la contester, et le
  bac à sable refuse l'action comme le ferait le service. Le refus s'écrit « … est refusée avec <code> ».

  @EX-17
  Scénario: La contestation après le délai de 48 heures est refusée
    Règle : CGU art. 4.5.2 — 48 heures pour valider ou contester, puis validation tacite (statut 30)
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable
    Et le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel a envoyé la facture "F-900" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Quand le temps avance de 49 heures
    Alors la contestation de la demande de la facture "F-900" avec le motif "CONTEST_ERR_FACT" est refusée avec "TRANSITION_INTERDITE"
    Et la validation de la demande de la facture "F-900" par le particulier est refusée avec "TRANSITION_INTERDITE"
