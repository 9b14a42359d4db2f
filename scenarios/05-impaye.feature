# language: fr
@requis @impaye
Fonctionnalité: Impayé, compte bloqué et recouvrement
  Un prélèvement rejeté met la demande en impayé et bloque le compte du particulier ; l'URSSAF recouvre la somme auprès
  du prestataire au moins 30 jours plus tard, puis lève le blocage.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-18
  Scénario: Impayé, demande refusée pendant le blocage, puis recouvrement
    Règle : EX-18 — CGU art. 4.5.5 — compte bloqué (ERR_CMPT_BLOQUE), prélèvement du prestataire après 30 jours au moins
    Soit le particulier "Marc" de persona "Impaye"
    Et le particulier "Marc" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel a envoyé la facture "F-200" de 50,00 € pour "Marc" pour un emploi d'hier
    Quand le temps avance de 6 jours
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-200" au statut "60"
    Et le logiciel affiche le client "Marc" au statut "PARTICULIER_BLOQUE"
    Quand le logiciel envoie la facture "F-201" de 30,00 € pour "Marc" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-201" refusée avec l'erreur "ERR_CMPT_BLOQUE"
    Quand le temps avance de 35 jours
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-200" au statut "120"
    Et le logiciel affiche le client "Marc" au statut "APPAREILLAGE_VALIDE"
