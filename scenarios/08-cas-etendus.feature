# language: fr
@etendu
Fonctionnalité: Cas étendus — personas du particulier, appareillage refusé et limitation de débit
  Des cas au-delà du minimum exigé : le particulier qui valide ou conteste de lui-même, le mandat SEPA échu,
  l'appareillage refusé, et l'API qui demande d'attendre (429 avec Retry-After).

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-15
  Scénario: Un particulier qui valide de lui-même est payé au quatrième jour ouvré
    Règle : EX-15 — CGU art. 4.5.2 et 4.5.3 — validation par le particulier, virement dans les quatre jours ouvrés
    Soit le particulier "Paul" de persona "Valideur"
    Et le particulier "Paul" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel a envoyé la facture "F-500" de 80,00 € pour "Paul" pour un emploi d'hier
    Quand le temps avance de 10 jours
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-500" au statut "70"
    Et le logiciel affiche pour la facture "F-500" un virement de 80,00 € daté du "2026-03-10"
    Et sur le fil, la demande de la facture "F-500" reprend la facture à l'identique

  @EX-17
  Scénario: Un particulier qui conteste de lui-même voit son motif montré
    Règle : EX-17 — statut 40, infoRejet CONTEST_ERR_FACT et le commentaire du particulier
    Soit le particulier "Luc" de persona "Contestataire"
    Et le particulier "Luc" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel a envoyé la facture "F-501" de 30,00 € pour "Luc" pour un emploi d'hier
    Quand le temps avance de 10 minutes
    Et le logiciel synchronise les statuts
    Alors le logiciel affiche la facture "F-501" au statut "40"
    Et le logiciel affiche pour la facture "F-501" le rejet "CONTEST_ERR_FACT" avec le commentaire "Je conteste cette facture (persona Contestataire du bac à sable)."

  @EX-24
  Scénario: Un mandat SEPA échu est montré et bloque les demandes
    Règle : EX-24 — statut MANDAT_ECHU ; les demandes sont refusées ERR_MANDAT_ECHU
    Soit le particulier "Rose" de persona "Mandatechu"
    Et le particulier "Rose" inscrit par le logiciel
    Et le temps avance de 2 jours
    Quand le logiciel envoie la facture "F-502" de 40,00 € pour "Rose" pour un emploi d'hier
    Alors le logiciel affiche le client "Rose" au statut "MANDAT_ECHU"
    Et le logiciel affiche la facture "F-502" refusée avec l'erreur "ERR_MANDAT_ECHU"

  @EX-23
  Scénario: Une réponse 429 est réessayée après le délai Retry-After
    Règle : EX-23 — RFC 9110 §10.2.3 — Retry-After ; la passerelle de l'URSSAF limite le débit (CGU art. 4.3, quotas)
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et l'API répond 429 avec un Retry-After de 1 seconde au prochain envoi de demandes
    Quand le logiciel envoie la facture "F-503" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-503" envoyée au statut "10"
    Et sur le fil, le logiciel a attendu au moins 1 seconde avant de renvoyer la facture "F-503"

  @EX-06
  Scénario: Un particulier qui refuse l'appareillage ne peut plus être facturé
    Règle : EX-06 — CGU art. 4.2 — l'appareillage nécessite l'approbation du particulier ; ERR_RECHERCHE_PARTICULIER, ERR_LIEN_PARTICULIER_PRESTATAIRE
    Soit le particulier "Claire" de persona "Existant"
    Et le particulier "Claire" inscrit par le logiciel
    Quand le particulier "Claire" refuse l'appareillage
    Et le temps avance de 1 jour
    Alors le logiciel affiche le client "Claire" avec l'erreur "ERR_RECHERCHE_PARTICULIER"
    Quand le logiciel envoie la facture "F-504" de 40,00 € pour "Claire" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-504" refusée avec l'erreur "ERR_LIEN_PARTICULIER_PRESTATAIRE"
