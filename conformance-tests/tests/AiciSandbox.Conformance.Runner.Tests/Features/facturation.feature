# language: fr
@exemple
Fonctionnalité: Calculatrice de factures
  Exemple du runner : une facture simple, ses lignes et ses remises.

  Contexte:
    Soit une facture vide

  Scénario: Ajouter des lignes
    Quand j'ajoute une ligne de 12,50 €
    Et j'ajoute une ligne de 7.50 €
    Alors le total est de 20 €

  Plan du scénario: Remise de <taux> %
    Soit une ligne de <montant> €
    Quand j'applique une remise de <taux> %
    Alors le total est de <total> €

    Exemples:
      | montant | taux | total |
      | 100     | 10   | 90    |
      | 50      | 0    | 50    |

  Règle: Les lignes peuvent venir d'un tableau
    Scénario: Lignes en tableau
      Soit les lignes
        | libellé | montant |
        | Ménage  | 30      |
        | Jardin  | 12,25   |
      Alors le total est de 42,25 €
      Mais aucune remise n'est appliquée
