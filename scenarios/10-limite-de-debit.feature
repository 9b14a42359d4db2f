# language: fr
@etendu
Fonctionnalité: Limite de débit réelle — le logiciel respecte le 429 d'un vrai limiteur
  La passerelle de l'URSSAF limite le débit (CGU art. 4.3). Ici, ce n'est pas une panne programmée qui répond 429 :
  le bac à sable applique une vraie limite au tenant, et le logiciel doit attendre le délai Retry-After annoncé.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-23
  Scénario: Deux factures envoyées coup sur coup sous une limite d'une requête toutes les 3 secondes
    Règle : CGU art. 4.3 — quotas de la passerelle ; RFC 9110 §10.2.3 — Retry-After
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et l'API limite le débit à 1 requête par 3 secondes
    Quand le logiciel envoie la facture "F-601" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Et le logiciel envoie la facture "F-602" de 60,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-602" envoyée au statut "10"
    Et sur le fil, le logiciel a attendu au moins 1 seconde avant de renvoyer la facture "F-602"
