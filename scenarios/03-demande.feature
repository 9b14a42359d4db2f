# language: fr
@requis @demande
Fonctionnalité: Transmission des demandes de paiement (M050)
  Le logiciel envoie ses factures comme demandes de paiement, en montre l'intégration, et montre à l'utilisateur chaque
  refus de l'URSSAF avec son code — y compris ceux qui arrivent dans une réponse 200.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-09 @EX-10 @EX-31
  Scénario: Une demande valide est intégrée
    Règle : EX-09 et EX-10 — statut "10" ; dates ISO-8601 terminées par Z ; CGU art. 4.5.1 — montants et décomposition facturés
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Quand le logiciel envoie la facture "F-001" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-001" envoyée au statut "10"
    Et sur le fil, la demande de la facture "F-001" reprend la facture à l'identique
    Et sur le fil, le logiciel n'a inscrit qu'une fois chaque particulier

  @EX-10 @EX-33 @EX-34
  Scénario: Une facture de plusieurs prestations avec un acompte est intégrée et reprise au centime près
    Règle : EX-33 et EX-34 — CGU art. 4.5.1 : les montants facturés et leur décomposition ; ligne = quantité × prix unitaire arrondi au centime, demi-centime au-dessus (décision D14) ; l'acompte et sa date tels que facturés
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Quand le logiciel envoie la facture "F-010" pour "Jeanne" pour un emploi d'hier, avec un acompte de 20,00 € versé il y a 3 jours, et les prestations :
      | nature | unité | quantité | prix unitaire TTC | TVA   |
      | 70     | HEURE | 1,5      | 12,35             | 20 %  |
      | 30     | HEURE | 2,25     | 23,10             | 5,5 % |
      | 60     | HEURE | 1        | 25,00             | 10 %  |
    Alors le logiciel affiche la facture "F-010" envoyée au statut "10"
    Et sur le fil, la demande de la facture "F-010" reprend la facture à l'identique

  @EX-08 @EX-12
  Scénario: Une demande pour un particulier qui n'a pas activé son compte est refusée
    Règle : EX-08 et EX-12 — ERR_LIEN_PARTICULIER_PRESTATAIRE, dans la réponse 200 (décision D4)
    Soit le particulier "Jeanne" de persona "Jamais"
    Et le particulier "Jeanne" inscrit par le logiciel
    Et le temps avance de 2 jours
    Quand le logiciel envoie la facture "F-002" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-002" refusée avec l'erreur "ERR_LIEN_PARTICULIER_PRESTATAIRE"

  @EX-10 @EX-11 @EX-12
  Plan du scénario: Une erreur métier courante est montrée à l'utilisateur
    Règle : EX-10 et EX-11 et EX-12 — contrôles de la demande, erreurs dans la réponse 200 (décision D4)
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Quand le logiciel envoie la facture "F-003" de 50,00 € pour "Jeanne" pour un emploi d'hier, <défaut>
    Alors le logiciel affiche la facture "F-003" refusée avec l'erreur "<code>"

    Exemples:
      | défaut                                  | code                               |
      | avec un total TTC des lignes différent  | ERR_TOTAL_PRESTATIONS              |
      | avec un montant de ligne faux           | ERR_MNT_PREST_TTC                  |
      | avec une nature inconnue                | ERR_CODE_NATURE                    |
      | sans numéro d'intervenant               | ERR_NUMINTERVENANT_MANQUANT        |
      | pour un emploi dans le futur            | ERR_DATE_FUTUR                     |
      | avec un acompte de plus de la moitié    | ERR_MONTANT_ACOMPTE                |
      | sur deux mois civils                    | ERR_PERIODE_EMPLOI_MOIS_NON_UNIQUE |

  @EX-12
  Scénario: Une facture déjà transmise est refusée comme doublon
    Règle : EX-12 — ERR_FACTURE_DOUBLON
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Et le logiciel envoie la facture "F-004" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Quand le logiciel envoie encore la facture "F-004" de 50,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche la facture "F-004" refusée avec l'erreur "ERR_FACTURE_DOUBLON"

  @EX-13
  Scénario: Les demandes sont envoyées par lots de 10 au plus
    Règle : EX-13 — ERR_NBRE_PREST_MAX au-delà de 10 demandes par appel
    Soit le particulier "Jeanne" inscrit par le logiciel et actif
    Et le temps avance de 2 jours
    Quand le logiciel envoie 25 factures de 20,00 € pour "Jeanne" pour un emploi d'hier
    Alors le logiciel affiche les 25 factures envoyées au statut "10"
    Et sur le fil, aucun appel de transmission n'a porté plus de 10 demandes
