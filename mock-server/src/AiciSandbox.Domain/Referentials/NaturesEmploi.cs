namespace AiciSandbox.Domain.Referentials;

/// <summary>
/// The <c>codeNature</c> referential: natures d'emploi of art. D7231-1 code du travail, as published in the API
/// documentation (facts §3.4). Nature 270 « Divers » is accepted but carries no tax credit (decision D15).
/// </summary>
public static class NaturesEmploi
{
    public const string NonEligible = "270";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["10"] = "Garde d'enfant handicapé",
        ["20"] = "Accompagnement d'enfant handicapé",
        ["30"] = "Aide humaine",
        ["40"] = "Conduite du véhicule personnel",
        ["50"] = "Accompagnement pour les sorties",
        ["60"] = "Ménage - repassage",
        ["70"] = "Jardinage",
        ["80"] = "Petit bricolage",
        ["90"] = "Garde d'enfant de plus de 6 ans",
        ["100"] = "Soutien scolaire et cours à domicile",
        ["110"] = "Coiffure - esthétique",
        ["120"] = "Préparation de repas",
        ["130"] = "Livraison de repas",
        ["140"] = "Collecte et livraison de linge",
        ["150"] = "Livraison de courses",
        ["160"] = "Assistance informatique",
        ["170"] = "Soins et promenades d'animaux",
        ["180"] = "Gardiennage",
        ["190"] = "Assistance administrative",
        ["200"] = "Accompagnement d'enfant de plus de 6 ans",
        ["210"] = "Téléassistance",
        ["220"] = "Interprétariat et codage",
        ["230"] = "Conduite du véhicule personnel - temporaire",
        ["240"] = "Accompagnement pour les sorties - temporaire",
        ["250"] = "Aide humaine - temporaire",
        ["260"] = "Plateforme de coordination",
        ["270"] = "Divers - non éligible",
    };

    public static bool IsKnown(string code) => Labels.ContainsKey(code);

    public static bool IsEligible(string code) => IsKnown(code) && code != NonEligible;

    public static IReadOnlyDictionary<string, string> All => Labels;
}
