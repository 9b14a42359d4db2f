using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Simulation;

/// <summary>One row of the published persona table (<c>scenarios/personas.md</c>, <c>GET /sandbox/v1/personas</c>).</summary>
public sealed record PersonaDefinition(Persona Persona, string NomNaissance, string Effet);

/// <summary>The persona catalogue: which birth name picks which outcome, and what the persona's particulier does.</summary>
public static class Personas
{
    /// <summary>Yearly ceiling of eligible expenses of an ordinary particulier (decision D15: 12 000 €, aid 50 %).</summary>
    public const decimal PlafondAnnuel = 12_000m;

    /// <summary>The « Plafond » persona's ceiling.</summary>
    public const decimal PlafondBas = 1_000m;

    public static IReadOnlyList<PersonaDefinition> All { get; } =
    [
        new(Persona.InconnuDgfip, "Inconnu", "Inscription refusée : ERR_DGFIP_R2P_INCONNU (400)."),
        new(Persona.SansPeriodeTaxee, "Sansimpot", "Inscription refusée : ERR_DGFIP_IMPOTPART_INCONNU (400)."),
        new(Persona.CompteBloque, "Bloque", "Inscription refusée : ERR_COMPTE_BLOQUE (400)."),
        new(Persona.CompteExistant, "Existant", "Compte existant : demande d'appareillage (APPAREILLAGE_EC) à accepter ou refuser par le particulier."),
        new(Persona.ActivationImmediate, "Immediat", "Nouveau compte activé dès l'inscription (APPAREILLAGE_VALIDE)."),
        new(Persona.ActivationJamais, "Jamais", "Nouveau compte jamais activé de lui-même (APPAREILLAGE_EC)."),
        new(Persona.Valideur, "Valideur", "Valide chaque demande 5 minutes après sa notification (30)."),
        new(Persona.Contestataire, "Contestataire", "Conteste chaque demande 5 minutes après sa notification (40, CONTEST_ERR_FACT)."),
        new(Persona.Silencieux, "Silencieux", "N'agit jamais : chaque demande est validée automatiquement à 48 h (30)."),
        new(Persona.DebitRejete, "Impaye", "Valide 5 minutes après la notification ; le prélèvement revient impayé le jour ouvré suivant sa présentation (60), compte bloqué."),
        new(Persona.PlafondBas, "Plafond", "Plafond annuel de dépenses éligibles de 1 000 € (aide de 500 € au plus)."),
        new(Persona.MandatEchu, "Mandatechu", "Compte actif mais mandat SEPA échu (MANDAT_ECHU) : demandes refusées ERR_MANDAT_ECHU."),
    ];

    /// <summary>The persona a birth name picks: « Impayé », « IMPAYE » and « impaye » are the same.</summary>
    public static Persona Of(string nomNaissance)
    {
        var folded = IdentityKey.Fold(nomNaissance);
        return All.FirstOrDefault(p => IdentityKey.Fold(p.NomNaissance) == folded)?.Persona ?? Persona.Ordinaire;
    }

    /// <summary>What the « Contestataire » persona answers when it refuses a demande.</summary>
    public static readonly PaymentRequests.InfoRejet ContestationMotif =
        new("CONTEST_ERR_FACT", "Je conteste cette facture (persona Contestataire du bac à sable).");

    public static decimal PlafondOf(Persona persona) => persona == Persona.PlafondBas ? PlafondBas : PlafondAnnuel;
}
