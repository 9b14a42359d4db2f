# language: fr
@demonstration
Fonctionnalité: Démonstration — étapes que le kit ne définit pas
  Deux scénarios qui échouent exprès, pour montrer ce que SpecFlow dit d'une étape que le kit ne définit pas : le
  message de la ligne de commande (« Étape non définie : … » et les étapes proches). Ils ne sont joués que par
  Runs/UndefinedStepTests (AICI_CONFORMANCE_DEMONSTRATIONS=1) ; dans un dotnet test ordinaire ils sont ignorés.

  Scénario: Démonstration d'une étape mal orthographiée
    Règle : une étape doit être écrite comme au catalogue (scenarios/steps.md)
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable
    Et le particulier "Mme Petit" inscrit par le logiciel et actif
    Quand le logiciel envoi la facture "MEN-2026-001" de 72,50 € pour "Mme Petit" pour un emploi d'hier
    Alors le logiciel affiche la facture "MEN-2026-001" au statut "10"

  Scénario: Démonstration d'une étape sous le mauvais mot-clé
    Règle : une étape garde le mot-clé de sa définition (Soit, Quand ou Alors)
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Alors le temps avance de 2 jours
