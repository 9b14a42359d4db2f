using AiciSandbox.Conformance.Kit.Driver;

namespace AiciSandbox.Conformance.Kit.Scenarios;

/// <summary>
/// The customers the kit asks the software to register: valid French identities (born in Nantes, living in Lyon, a
/// valid French IBAN) whose birth name is the persona's when the scenario names one, and whose e-mail address is unique
/// to the scenario so that the kit can find the inscription in the sandbox.
/// </summary>
public static class CustomerFactory
{
    private static readonly string[] OrdinarySurnames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"];

    public static CustomerRequest Create(string name, string? persona)
    {
        var nom = persona ?? OrdinarySurnames[(int)((uint)StableHash(name) % OrdinarySurnames.Length)];
        var prenom = name.Length > 0 && char.IsLetter(name[0]) ? name : "Camille";
        var email = $"{Slug(prenom)}.{Slug(nom)}.{Guid.NewGuid().ToString("N")[..10]}@exemple.fr";
        return new CustomerRequest(
            Reference: name,
            Civilite: "2",
            NomNaissance: nom,
            NomUsage: null,
            Prenoms: prenom,
            DateNaissance: "1980-03-29",
            LieuNaissance: new DriverBirthPlace("99100", "044", "109", "Nantes"),
            Telephone: "0612345678",
            Email: email,
            Adresse: new DriverAddress("8", null, "R", "du Soleil", null, null, "Lyon", "69381", "69001", "99100"),
            Banque: new DriverBank("BNPAFRPP", "FR7630004000031234567890143", $"Mme {prenom} {nom}"));
    }

    private static string Slug(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
