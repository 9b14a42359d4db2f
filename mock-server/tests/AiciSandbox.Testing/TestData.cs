using System.Text.Json.Nodes;
using Bogus;

namespace AiciSandbox.Testing;

/// <summary>
/// Realistic request bodies: hand-written defaults that pass every rule, and Bogus (<c>fr</c>) for names, e-mails and
/// volume. Tests mutate the returned <see cref="JsonObject"/> to break exactly one rule.
/// </summary>
public static class TestData
{
    private static readonly Faker Fr = new("fr");

    /// <summary>A valid <c>InputParticulierDTO</c>: born in Nantes (044 + 109), lives in Lyon 1er, mobile, valid FR IBAN.</summary>
    public static JsonObject Particulier(string? nomNaissance = null, string? prenoms = null, string dateNaissance = "1980-03-29T00:00:00.000Z")
    {
        var nom = nomNaissance ?? Clean(Fr.Name.LastName());
        var prenom = prenoms ?? Clean(Fr.Name.FirstName());
        return new JsonObject
        {
            ["civilite"] = "1",
            ["nomNaissance"] = nom,
            ["prenoms"] = prenom,
            ["dateNaissance"] = dateNaissance,
            ["lieuNaissance"] = new JsonObject
            {
                ["codePaysNaissance"] = "99100",
                ["departementNaissance"] = "044",
                ["communeNaissance"] = new JsonObject { ["codeCommune"] = "109", ["libelleCommune"] = "Nantes" },
            },
            ["numeroTelephonePortable"] = "06" + Fr.Random.ReplaceNumbers("########"),
            ["adresseMail"] = $"{Guid.NewGuid():N}@example.fr",
            ["adressePostale"] = new JsonObject
            {
                ["numeroVoie"] = "8",
                ["codeTypeVoie"] = "R",
                ["libelleVoie"] = "du Soleil",
                ["libelleCommune"] = "Lyon",
                ["codeCommune"] = "69381",
                ["codePostal"] = "69001",
                ["codePays"] = "99100",
            },
            ["coordonneeBancaire"] = new JsonObject
            {
                ["bic"] = "BNPAFRPP",
                ["iban"] = "FR7630004000031234567890143",
                ["titulaire"] = $"M {prenom} {nom}",
            },
        };
    }

    /// <summary>
    /// A valid <c>InputDemandePaiement</c>: 2 h of ménage (nature 60) at 25 € = 50 € TTC (45.45 HT + 4.55 TVA), employment on
    /// the given day from 08:00 to 10:00 UTC, intervenant SAP + 9 digits.
    /// </summary>
    public static JsonObject Demande(string idClient, string numFactureTiers, string day = "2026-03-03", string dateNaissanceClient = "1980-03-29T00:00:00Z") => new()
    {
        ["idTiersFacturation"] = "1081230",
        ["idClient"] = idClient,
        ["dateNaissanceClient"] = dateNaissanceClient,
        ["numFactureTiers"] = numFactureTiers,
        ["dateFacture"] = $"{day}T00:00:00Z",
        ["dateDebutEmploi"] = $"{day}T08:00:00Z",
        ["dateFinEmploi"] = $"{day}T10:00:00Z",
        ["mntFactureTTC"] = 50.00m,
        ["mntFactureHT"] = 45.45m,
        ["inputPrestations"] = new JsonArray(new JsonObject
        {
            ["codeNature"] = "60",
            ["quantite"] = 2,
            ["unite"] = "HEURE",
            ["mntUnitaireTTC"] = 25.00m,
            ["mntPrestationTTC"] = 50.00m,
            ["mntPrestationHT"] = 45.45m,
            ["mntPrestationTVA"] = 4.55m,
            ["complement2"] = "SAP852330992",
        }),
    };

    /// <summary>
    /// Makes the single line of a demande <paramref name="quantite"/> × <paramref name="mntUnitaireTTC"/> (nature
    /// <paramref name="codeNature"/>, 10 % TVA rounded to the cent) and the invoice its total; returns the demande.
    /// </summary>
    public static JsonObject WithMontant(this JsonObject demande, decimal quantite, decimal mntUnitaireTTC, string codeNature = "60")
    {
        var ttc = Math.Round(quantite * mntUnitaireTTC, 2, MidpointRounding.AwayFromZero);
        var ht = Math.Round(ttc / 1.1m, 2, MidpointRounding.AwayFromZero);
        demande["mntFactureTTC"] = ttc;
        demande["mntFactureHT"] = ht;
        var line = demande.Line();
        line["codeNature"] = codeNature;
        line["quantite"] = quantite;
        line["mntUnitaireTTC"] = mntUnitaireTTC;
        line["mntPrestationTTC"] = ttc;
        line["mntPrestationHT"] = ht;
        line["mntPrestationTVA"] = ttc - ht;
        return demande;
    }

    public static string NumeroFacture() => $"FAC-{Fr.Random.AlphaNumeric(10).ToUpperInvariant()}";

    /// <summary>
    /// Bogus names may contain characters the API's name pattern refuses (digits never, but dots in « St. », and the fr
    /// first name « Mauricette' » ends with an apostrophe), so only letters and inner spaces, hyphens, apostrophes are kept.
    /// </summary>
    private static string Clean(string name) => new string(name.Where(c => char.IsLetter(c) || c is ' ' or '-' or '\'').ToArray()).Trim(' ', '-', '\'');
}
