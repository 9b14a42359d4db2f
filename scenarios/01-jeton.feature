# language: fr
@requis @jeton
Fonctionnalité: Jeton d'accès OAuth
  Le logiciel obtient un jeton client_credentials, le réutilise pendant sa durée de vie (3600 s) et le renouvelle quand
  l'URSSAF le refuse parce qu'il a expiré.

  Contexte:
    Soit un bac à sable URSSAF dont l'horloge est arrêtée au "2026-03-02T08:00:00Z"
    Et le logiciel de l'intégrateur configuré pour ce bac à sable

  @EX-01 @EX-02
  Scénario: Le jeton est obtenu une fois puis réutilisé pour plusieurs appels
    Règle : facts §1 — jeton opaque, expires_in 3600 ; CGU art. 4.2 (quotas)
    Quand le logiciel inscrit le particulier "Jeanne"
    Et le logiciel inscrit le particulier "Paul"
    Et le logiciel affiche le client "Jeanne"
    Alors sur le fil, le logiciel a obtenu 1 jeton
    Et sur le fil, tous les appels à l'API ont porté un jeton valide

  @EX-03
  Scénario: Le jeton expiré est renouvelé
    Règle : facts §1 et décision D9 — le jeton expire sur l'horloge de l'URSSAF ; 401 sans corps
    Soit le particulier "Jeanne" inscrit par le logiciel
    Quand le temps avance de 2 heures
    Et le logiciel affiche le client "Jeanne"
    Alors le logiciel affiche le client "Jeanne" au statut "APPAREILLAGE_VALIDE"
    Et sur le fil, le logiciel a renouvelé son jeton après son expiration
