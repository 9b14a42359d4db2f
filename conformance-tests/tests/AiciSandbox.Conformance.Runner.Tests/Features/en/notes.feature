Feature: Notes
  Scenario: A note with a body
    Given a note
      """
      Bonjour
      tout le monde
      """
    Then the note has 2 lines

  @wip
  Scenario: A note nobody implemented
    Given a note written in "Klingon"
