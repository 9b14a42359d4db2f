# language: fr
@requis @resilience
Fonctionnalité: Résilience aux pannes de l'API
  L'API répond parfois 503 (maintenance) ou 500 (erreur technique), et une réponse peut se perdre. Le logiciel réessaie
  avec un délai croissant, et ne crée jamais deux fois la même demande.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable
    Et le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours

  @EX-22
  Scénario: Une réponse 503 est réessayée après un délai
    Règle : EX-22 — Swagger 1.29.1 — 503 « Utilisation de l'API interdite. Exemple : Le site est en maintenance. »
    Soit l'API répond 503 aux 2 prochains envois de demandes
    Quand le logiciel envoie la facture "F-300" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-300" envoyée au statut "10"
    Et sur le fil, l'envoi de la facture "F-300" a été tenté 3 fois en attendant avant chaque nouvel essai

  @EX-22
  Scénario: Une réponse 500 est réessayée
    Règle : EX-22 — Swagger 1.29.1 — 500 « Erreur technique » (ERREUR_TECHNIQUE)
    Soit l'API répond 500 au prochain envoi de demandes
    Quand le logiciel envoie la facture "F-301" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-301" envoyée au statut "10"

  @EX-14
  Scénario: Après une réponse perdue, la demande n'est pas envoyée deux fois
    Règle : EX-14 — ERR_FACTURE_DOUBLON ; après une coupure, vérifier par numFactureTiers avant de renvoyer
    Soit la connexion sera coupée après le traitement du prochain envoi de demandes
    Quand le logiciel envoie la facture "F-302" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-302" envoyée au statut "10"
    Et sur le fil, aucune demande n'a été refusée comme doublon
