using System.Globalization;
using System.Text;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.Tests.Banking;
using Bogus;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>Volume: French particuliers generated with Bogus (fixed seed) that respect the contract all pass the check.</summary>
public class GeneratedParticuliersTests
{
    private static readonly string[] TypesDeVoie = ["R", "AV", "BD", "IMP", "ALL", "CHE", "PL", "QU", "RTE", "SQ"];
    private static readonly string[] Departements = ["001", "013", "02A", "02B", "033", "044", "069", "075", "974", "976"];
    private static readonly string[] PaysEtrangers = ["99134", "99109", "99127", "99350", "99131"];

    [Fact]
    public void Check_200GeneratedFrenchParticuliers_AllPass()
    {
        var faker = new Faker("fr") { Random = new Randomizer(20260302) };
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        var refused = Enumerable.Range(0, 200)
            .Select(i => Generate(faker, i))
            .Select(request => (request, errors: Inscriptions.Check(request, now).Errors))
            .Where(r => r.errors.Count > 0)
            .Select(r => $"{r.request.NomNaissance} / {r.request.Prenoms}: {string.Join("; ", r.errors.Select(e => e.Description))}")
            .ToList();

        refused.Should().BeEmpty(string.Join("\n", refused));
    }

    [Fact]
    public void Check_200GeneratedParticuliers_GetDistinctIdentities()
    {
        var faker = new Faker("fr") { Random = new Randomizer(20260303) };
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        var keys = Enumerable.Range(0, 200).Select(i => Inscriptions.Check(Generate(faker, i), now).Value!.IdentityKey).ToList();

        keys.Should().OnlyHaveUniqueItems();
    }

    private static InscriptionRequest Generate(Faker f, int index)
    {
        var civilite = f.PickRandom("1", "2");
        var gender = civilite == "1" ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female;
        var nom = AsInContract(f.Name.LastName());
        var prenoms = string.Join(' ', Enumerable.Range(0, f.Random.Int(1, 3)).Select(_ => AsInContract(f.Name.FirstName(gender))).Distinct());
        var naissance = new DateOnly(1930, 1, 1).AddDays(f.Random.Int(0, 27_000));
        var day = naissance.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var bornInFrance = f.Random.Bool(0.8f);
        return new InscriptionRequest
        {
            Civilite = civilite,
            NomNaissance = nom,
            NomUsage = f.Random.Bool(0.3f) ? AsInContract(f.Name.LastName()) : null,
            Prenoms = prenoms,
            DateNaissance = f.PickRandom(day, $"{day}T00:00:00Z", $"{day}T00:00:00.000Z"),
            LieuNaissance = bornInFrance
                ? new LieuNaissanceRequest
                {
                    CodePaysNaissance = "99100",
                    DepartementNaissance = f.PickRandom(Departements),
                    CommuneNaissance = new CommuneRequest { CodeCommune = f.Random.ReplaceNumbers("###"), LibelleCommune = f.Address.City() },
                }
                : new LieuNaissanceRequest { CodePaysNaissance = f.PickRandom(PaysEtrangers) },
            NumeroTelephonePortable = f.Random.ReplaceNumbers(f.PickRandom("06########", "07########", "+336########", "+337########")),
            AdresseMail = $"{Ascii(prenoms.Split(' ')[0])}.{Ascii(nom)}{index}@{f.PickRandom("example.fr", "exemple.com", "mail.example.org")}",
            AdressePostale = new AdresseRequest
            {
                NumeroVoie = f.Random.Int(1, 999).ToString(CultureInfo.InvariantCulture),
                LettreVoie = f.Random.Bool(0.1f) ? f.PickRandom("B", "T", "Q", "C") : null,
                CodeTypeVoie = f.PickRandom(TypesDeVoie),
                LibelleVoie = Truncate(f.Address.StreetName(), 28),
                Complement = f.Random.Bool(0.2f) ? $"Bâtiment {f.Random.Char('A', 'F')}" : null,
                LibelleCommune = Truncate(f.Address.City(), 50),
                CodeCommune = f.Random.ReplaceNumbers("#####"),
                CodePostal = f.Address.ZipCode("#####"),
                CodePays = "99100",
            },
            CoordonneeBancaire = new CoordonneeBancaireRequest
            {
                Bic = f.Finance.Bic(),
                Iban = IbanMaker.Make("FR", f.Random.ReplaceNumbers("#######################")),
                Titulaire = Truncate($"{(civilite == "1" ? "M." : "Mme")} {prenoms} {nom}", 100),
            },
        };
    }

    /// <summary>
    /// Bogus' French lists hold a few names the contract refuses (« Mauricette' », the typographic apostrophe of
    /// « Jeanne d’Arc »); an integrator sends them with the ASCII apostrophe and without a trailing special.
    /// </summary>
    private static string AsInContract(string name) => name.Replace('\u2019', '\'').Trim('\'', '-', ' ');

    private static string Truncate(string text, int max) => text.Length <= max ? text.TrimEnd() : text[..max].TrimEnd();

    /// <summary>The ASCII letters of a name, lower-cased, for an address the Swagger e-mail pattern accepts.</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.Length > 0 ? builder.ToString() : "x";
    }
}
