using System.Text.Json.Nodes;
using Bogus;

namespace AiciSandbox.Storage.Tests.PostgreSql.Http;

/// <summary>Valid URSSAF request bodies (copied, in short, from the server tests' <c>TestData</c>).</summary>
internal static class RequestBodies
{
    private static readonly Faker Fr = new("fr");

    /// <summary>A valid <c>InputParticulierDTO</c>: born in Nantes (044 + 109), lives in Lyon 1er, mobile, valid FR IBAN.</summary>
    public static JsonObject Particulier()
    {
        var nom = Clean(Fr.Name.LastName());
        var prenom = Clean(Fr.Name.FirstName());
        return new JsonObject
        {
            ["civilite"] = "2",
            ["nomNaissance"] = nom,
            ["prenoms"] = prenom,
            ["dateNaissance"] = "1980-03-29T00:00:00.000Z",
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
                ["numeroVoie"] = "8", ["codeTypeVoie"] = "R", ["libelleVoie"] = "du Soleil", ["libelleCommune"] = "Lyon",
                ["codeCommune"] = "69381", ["codePostal"] = "69001", ["codePays"] = "99100",
            },
            ["coordonneeBancaire"] = new JsonObject
            {
                ["bic"] = "BNPAFRPP", ["iban"] = "FR7630004000031234567890143", ["titulaire"] = $"Mme {prenom} {nom}",
            },
        };
    }

    /// <summary>2 h of ménage (nature 60) at 25 € = 50.00 € TTC on <paramref name="day"/>, 08:00–10:00 UTC.</summary>
    public static JsonObject Demande(string idClient, string numFactureTiers, string day) => new()
    {
        ["idTiersFacturation"] = "1081230",
        ["idClient"] = idClient,
        ["dateNaissanceClient"] = "1980-03-29T00:00:00Z",
        ["numFactureTiers"] = numFactureTiers,
        ["dateFacture"] = $"{day}T00:00:00Z",
        ["dateDebutEmploi"] = $"{day}T08:00:00Z",
        ["dateFinEmploi"] = $"{day}T10:00:00Z",
        ["mntFactureTTC"] = 50.00m,
        ["mntFactureHT"] = 45.45m,
        ["inputPrestations"] = new JsonArray(new JsonObject
        {
            ["codeNature"] = "60", ["quantite"] = 2, ["unite"] = "HEURE", ["mntUnitaireTTC"] = 25.00m, ["mntPrestationTTC"] = 50.00m,
            ["mntPrestationHT"] = 45.45m, ["mntPrestationTVA"] = 4.55m, ["complement2"] = "SAP852330992",
        }),
    };

    public static string NumeroFacture() => $"FAC-{Fr.Random.AlphaNumeric(10).ToUpperInvariant()}";

    private static string Clean(string name) => new(name.Where(c => char.IsLetter(c) || c is ' ' or '-' or '\'').ToArray());
}
