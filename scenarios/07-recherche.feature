# language: fr
@requis @recherche
Fonctionnalité: Recherche des demandes de paiement (M070) par identifiants, par numéros de facture et par période
  Le logiciel interroge l'URSSAF par lots de 10 au plus : par identifiants pour suivre ses demandes, par période pour
  rapprocher un mois, et par numéros de facture quand une journée dépasse la limite de 10 résultats.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable
    Et le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel a envoyé 25 factures de 20,00 € pour "Jeanne" pour un emploi d'hier

  @EX-20 @EX-29
  Scénario: La synchronisation interroge les demandes par identifiants, 10 au plus par appel
    Règle : EX-20 — « un maximum de 10 statuts de demandes de paiement par appel » ; recherche par idDemandePaiements
    Quand le temps avance de 5 minutes
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche les 25 factures envoyées au statut "20"
    Et sur le fil, la dernière synchronisation a interrogé les 25 demandes par leurs identifiants, 10 au plus par appel
    Et sur le fil, aucune demande n'a été interrogée plus d'une fois par heure simulée

  @EX-20
  Scénario: Le rapprochement d'un mois retrouve toutes ses demandes malgré la limite de 10 résultats
    Règle : EX-20 — recherche sur dateFacture ; au-delà de 10 résultats ERR_NBRE_MAX_RESULTAT, le logiciel resserre la recherche
    Quand le temps avance de 5 minutes
    Et le logiciel rapproche les factures du "2026-03-01" au "2026-03-31"
    Alors le logiciel a retrouvé les 25 factures au statut "20"
    Et sur le fil, le dernier rapprochement a recherché par période puis par numéros de facture, 10 au plus par appel
