# language: fr
@requis @jeton
Fonctionnalité: Jeton d'accès OAuth
  Le logiciel obtient un jeton client_credentials, le réutilise pendant sa durée de vie (expires_in, 3600 s) et le
  renouvelle quand l'URSSAF le refuse parce qu'il a expiré ; si le refus persiste, il renonce au lieu de boucler.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-01 @EX-02
  Scénario: Le jeton est obtenu une fois puis réutilisé pour plusieurs appels
    Règle : EX-01 et EX-02 — jeton opaque, expires_in 3600 ; CGU art. 4.3 (quotas)
    Quand le logiciel inscrit le particulier "Jeanne"
    Et le logiciel inscrit le particulier "Paul"
    Et le logiciel affiche le client "Jeanne"
    Alors sur le fil, le logiciel a obtenu 1 jeton
    Et sur le fil, tous les appels à l'API ont porté un jeton valide

  @EX-03
  Scénario: Le jeton expiré est renouvelé
    Règle : EX-03 et décision D9 — le jeton expire sur l'horloge de l'URSSAF ; 401 sans corps
    Soit le particulier "Jeanne" inscrit par le logiciel
    Quand le temps avance de 2 heures
    Et le logiciel affiche le client "Jeanne"
    Alors le logiciel affiche le client "Jeanne" au statut "APPAREILLAGE_VALIDE"
    Et sur le fil, le logiciel a renouvelé son jeton après son expiration

  @EX-32
  Scénario: Un jeton refusé durablement est renouvelé une fois, puis le logiciel renonce et le montre
    Règle : EX-32 — CGU art. 4.3 (quotas) : un refus 401 qui persiste après un renouvellement ne se corrige pas en insistant
    Soit le particulier "Jeanne" inscrit par le logiciel
    Et l'URSSAF refuse désormais tout jeton du logiciel en 401
    Alors le logiciel affiche une erreur pour le client "Jeanne"
    Et sur le fil, après le refus de son jeton, le logiciel l'a renouvelé une fois au plus puis a cessé d'appeler
