using System.Globalization;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.PaymentRequests;
using AiciSandbox.Domain.Simulation;
using AiciSandbox.Domain.Tenants;
using AiciSandbox.Server.Journal;
using Bogus;

namespace AiciSandbox.Storage.Tests.Support;

/// <summary>
/// Realistic domain records for the store: French people, addresses and bank accounts from Bogus (<c>fr</c>), invoices of
/// services à la personne with amounts in euros and cents. Ids and credentials are random, so tests sharing a database
/// never collide; instants are fixed (no wall clock).
/// </summary>
internal sealed class DomainData
{
    /// <summary>Monday 2 March 2026, 09:30 in Paris: the simulated "now" the records are built around.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    private static readonly (string Departement, string Commune, string Libelle)[] BirthPlaces =
    [
        ("044", "109", "Nantes"), ("069", "123", "Lyon"), ("075", "056", "Paris"), ("02B", "033", "Bastia"), ("974", "411", "Saint-Denis"),
    ];

    private readonly Faker fr = new("fr");

    public Tenant Tenant() => new(TenantId.New(), fr.Company.CompanyName(), Credentials.NewClientId(),
        Credentials.Hash(Credentials.NewSecret()), new ClockState(ClockMode.Accelerated, 86.4, Now, Now.AddMinutes(-7)), Now.AddDays(-3));

    public AccessToken Token(TenantId tenant, DateTimeOffset expiresAt) =>
        new(Credentials.Hash(Credentials.NewToken()), tenant, [Scopes.Api, Scopes.Control], expiresAt);

    /// <summary>A particulier waiting for activation, every optional field of the inscription filled in.</summary>
    public Particulier Particulier(string? email = null, string? phone = null)
    {
        var nom = Clean(fr.Name.LastName());
        var prenoms = $"{Clean(fr.Name.FirstName())} {Clean(fr.Name.FirstName())}";
        var birth = new DateOnly(1945, 1, 1).AddDays(fr.Random.Int(0, 20_000));
        var place = fr.PickRandom(BirthPlaces);
        var inscription = new InscriptionRequest
        {
            Civilite = fr.PickRandom("1", "2"),
            NomNaissance = nom,
            NomUsage = Clean(fr.Name.LastName()),
            Prenoms = prenoms,
            DateNaissance = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z",
            LieuNaissance = new LieuNaissanceRequest
            {
                CodePaysNaissance = InscriptionRules.France,
                DepartementNaissance = place.Departement,
                CommuneNaissance = new CommuneRequest { CodeCommune = place.Commune, LibelleCommune = place.Libelle },
            },
            NumeroTelephonePortable = phone ?? MobileNumber(),
            AdresseMail = email ?? $"{Guid.NewGuid():N}@{fr.Internet.DomainName()}",
            AdressePostale = new AdresseRequest
            {
                NumeroVoie = fr.Random.Int(1, 180).ToString(CultureInfo.InvariantCulture),
                LettreVoie = "B",
                CodeTypeVoie = "R",
                LibelleVoie = fr.Address.StreetName(),
                Complement = $"Bâtiment {fr.Random.Char('A', 'F')}, {fr.Random.Int(1, 6)}e étage",
                LieuDit = "Les Écoles",
                LibelleCommune = fr.Address.City(),
                CodeCommune = fr.Random.ReplaceNumbers("#####"),
                CodePostal = fr.Address.ZipCode("#####"),
                CodePays = InscriptionRules.France,
            },
            CoordonneeBancaire = new CoordonneeBancaireRequest
            {
                Bic = fr.Finance.Bic(), Iban = fr.Finance.Iban(countryCode: "FR"), Titulaire = $"{prenoms} {nom}",
            },
        };
        return new Particulier(ParticulierId.New(), inscription, birth, IdentityKey.Of(nom, prenoms, birth),
            Now.AddDays(-1), ParticulierStatus.AppareillageEnCours, null);
    }

    /// <summary>
    /// A demande de paiement for 2.5 h of ménage at 20.00 € = 50.00 € TTC, with a 10.00 € deposit, its transfer and a
    /// rejection, so that every field of the record has a value.
    /// </summary>
    public DemandePaiement Demande(ParticulierId client, DateOnly? dateFacture = null, DateTimeOffset? soumiseLe = null, string? numero = null)
    {
        var day = dateFacture ?? new DateOnly(2026, 2, 27);
        var numeroFacture = numero ?? NumeroFacture();
        string At(int hour) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $"T{hour:00}:00:00Z";
        var request = new DemandePaiementRequest
        {
            IdTiersFacturation = fr.Random.ReplaceNumbers("108####"),
            IdClient = client.Value,
            DateNaissanceClient = "1980-03-29T00:00:00Z",
            NumFactureTiers = numeroFacture,
            DateFacture = At(0),
            DateDebutEmploi = At(8),
            DateFinEmploi = At(11),
            MntAcompte = 10.00m,
            DateVersementAcompte = At(0),
            MntFactureTTC = 50.00m,
            MntFactureHT = 45.45m,
            InputPrestations =
            [
                new PrestationRequest
                {
                    CodeActivite = "10", CodeNature = "60", Quantite = 2.50m, Unite = "HEURE", MntUnitaireTTC = 20.00m,
                    MntPrestationTTC = 50.00m, MntPrestationHT = 45.45m, MntPrestationTVA = 4.55m, DateDebutEmploi = At(8),
                    DateFinEmploi = At(11), Complement1 = "Ménage et repassage", Complement2 = "SAP" + fr.Random.ReplaceNumbers("#########"),
                },
                new PrestationRequest
                {
                    CodeNature = "60", Quantite = 1m, Unite = "FORFAIT", MntUnitaireTTC = 0m, MntPrestationTTC = 0m,
                    Complement1 = "Frais de déplacement offerts",
                },
            ],
        };
        return new DemandePaiement(DemandeId.New(), client, numeroFacture, request, day, soumiseLe ?? Now, DemandeStatus.Payee,
            new InfoRejet("CONTEST_PRESTA_NON_REALISEE", "Prestation « non réalisée » selon le particulier"),
            new InfoVirement(40.00m, Now.AddDays(4)));
    }

    /// <summary>One exchange of the journal: a search by invoice number that found nothing.</summary>
    public JournalEntry Exchange() => new(Now, Now.AddSeconds(2), 14, "POST", "/atp/v1/tiersPrestations/demandePaiement/rechercher", null,
        new Dictionary<string, string> { ["Content-Type"] = "application/json" }, $$"""{"numFactureTiers":["{{NumeroFacture()}}"]}""", 400,
        new Dictionary<string, string> { ["Content-Type"] = "application/json" }, """[{"code":"ERR_RECHERCHE_VIDE"}]""", false);

    /// <summary>
    /// A demande notified to its particulier <paramref name="minutes"/> after <see cref="Now"/> (10 → 20) and the e-mail
    /// asking to validate it: one transition and one message, as the engine commits them.
    /// </summary>
    public EngineResult Notification(int minutes, string? demande = null)
    {
        var (at, id, client) = (Now.AddMinutes(minutes), demande ?? DemandeId.New().Value, ParticulierId.New().Value);
        return new EngineResult([], [],
            [new Transition(at, "demande", id, "10", "20", "NotifyParticulier", Actor.Clock)],
            [new OutboxMessage(at, Recipient.Particulier, "EMAIL", fr.Internet.Email(), OutboxKinds.DemandeAValider,
                "Une demande de paiement attend votre validation", $"Validez ou contestez la demande {id} sous 48 h.",
                client, id, 50.00m, at.AddHours(48))]);
    }

    /// <summary><paramref name="count"/> notifications of as many demandes, a minute apart from <paramref name="from"/>, committed as one.</summary>
    public EngineResult Notifications(int count, int from)
    {
        var each = Enumerable.Range(from, count).Select(m => Notification(m)).ToList();
        return new EngineResult([], [], each.SelectMany(e => e.Transitions).ToList(), each.SelectMany(e => e.Messages).ToList());
    }

    /// <summary>A French mobile number in its national form, <c>06…</c> or <c>07…</c>.</summary>
    public string MobileNumber() => fr.PickRandom("06", "07") + fr.Random.ReplaceNumbers("########");

    public string NumeroFacture() => $"FAC-2026-{fr.Random.AlphaNumeric(8).ToUpperInvariant()}";

    /// <summary>Bogus names may contain characters the API's name pattern refuses (dots in « St. »).</summary>
    private static string Clean(string name) => new(name.Where(c => char.IsLetter(c) || c is ' ' or '-' or '\'').ToArray());
}
