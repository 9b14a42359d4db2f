# language: fr
@monlogiciel
Fonctionnalité: Facturation d'un ménage chez Mme Petit
  Notre propre scénario, écrit avec les étapes du kit (scenarios/steps.md) : une facture de ménage envoyée puis validée
  par la particulière doit être transmise telle que nous l'avons facturée, et montrée validée.

  Scénario: Une facture de ménage validée par la particulière est montrée validée
    Règle : facts §2.3 et §4.2 — demande transmise à l'identique (dates terminées par Z), statut "30" (validée) après la validation du particulier
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable
    Et le particulier "Mme Petit" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Quand le logiciel envoie la facture "MEN-2026-001" de 72,50 € pour "Mme Petit" pour un emploi d'hier
    Et le temps avance de 5 minutes
    Et le particulier valide la demande de la facture "MEN-2026-001"
    Et le logiciel synchronise les statuts
    Alors sur le fil, la demande de la facture "MEN-2026-001" reprend la facture à l'identique
    Et le logiciel affiche la facture "MEN-2026-001" au statut "30"
