# language: fr
@requis @inscription
Fonctionnalité: Inscription d'un particulier (M010) et consultation de son statut (M020)
  Le logiciel inscrit ses clients, montre les refus d'éligibilité de l'URSSAF, et suit l'activation du compte.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-04
  Scénario: Un particulier éligible est inscrit
    Règle : EX-04 — 200 et idClient (UUID)
    Quand le logiciel inscrit le particulier "Jeanne"
    Alors le logiciel affiche le client "Jeanne" comme inscrit
    Et sur le fil, le logiciel a appelé "POST /atp/v1/tiersPrestations/particulier" 1 fois

  @EX-05 @EX-30
  Plan du scénario: Un refus d'éligibilité est montré à l'utilisateur, sans renvoyer l'inscription refusée
    Règle : EX-05 — contrôle DGFiP à l'inscription, réponse 400
    Soit le particulier "Client" de persona "<persona>"
    Quand le logiciel inscrit le particulier "Client"
    Alors le logiciel affiche le client "Client" refusé avec l'erreur "<code>"
    Et sur le fil, aucune requête refusée en 4xx n'a été renvoyée à l'identique

    Exemples:
      | persona   | code                        |
      | Inconnu   | ERR_DGFIP_R2P_INCONNU       |
      | Sansimpot | ERR_DGFIP_IMPOTPART_INCONNU |
      | Bloque    | ERR_COMPTE_BLOQUE           |

  @EX-07
  Scénario: Le statut est consulté avant et après l'activation du compte
    Règle : EX-07 — APPAREILLAGE_EC puis APPAREILLAGE_VALIDE
    Soit le particulier "Jeanne" de persona "Jamais"
    Quand le logiciel inscrit le particulier "Jeanne"
    Alors le logiciel affiche le client "Jeanne" au statut "APPAREILLAGE_EC"
    Quand le particulier "Jeanne" active son compte
    Alors le logiciel affiche le client "Jeanne" au statut "APPAREILLAGE_VALIDE"

  @EX-06
  Scénario: Un particulier qui a déjà un compte doit accepter l'appareillage
    Règle : EX-06 — compte existant : demande d'association à accepter par le particulier
    Soit le particulier "Jeanne" de persona "Existant"
    Quand le logiciel inscrit le particulier "Jeanne"
    Et le temps avance de 1 jour
    Alors le logiciel affiche le client "Jeanne" au statut "APPAREILLAGE_EC"
    Quand le particulier "Jeanne" accepte l'appareillage
    Alors le logiciel affiche le client "Jeanne" au statut "APPAREILLAGE_VALIDE"
