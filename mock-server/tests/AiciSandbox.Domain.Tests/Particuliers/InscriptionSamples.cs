using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>
/// A well-formed inscription, built fresh on every call: the sandbox-compatible fictitious identity of facts §7
/// (civilité 1, JEAN/TEST, born 1980-03-29 in Nantes, dept 044 commune 109, 0605040302, FR7630004000031234567890143 / BNPAFRPP).
/// Tests derive their case from it with <c>with</c>.
/// </summary>
internal static class InscriptionSamples
{
    public static InscriptionRequest Valid() => new()
    {
        Civilite = "1",
        NomNaissance = "Test",
        Prenoms = "Jean",
        DateNaissance = "1980-03-29T00:00:00.000Z",
        LieuNaissance = new LieuNaissanceRequest
        {
            CodePaysNaissance = "99100",
            DepartementNaissance = "044",
            CommuneNaissance = new CommuneRequest { CodeCommune = "109", LibelleCommune = "Nantes" },
        },
        NumeroTelephonePortable = "0605040302",
        AdresseMail = "jean.test@example.fr",
        AdressePostale = new AdresseRequest
        {
            NumeroVoie = "12",
            CodeTypeVoie = "R",
            LibelleVoie = "de la Paix",
            LibelleCommune = "Nantes",
            CodeCommune = "44109",
            CodePostal = "44000",
            CodePays = "99100",
        },
        CoordonneeBancaire = new CoordonneeBancaireRequest
        {
            Bic = "BNPAFRPP",
            Iban = "FR7630004000031234567890143",
            Titulaire = "M. Jean Test",
        },
    };

    public static InscriptionRequest WithLieu(Func<LieuNaissanceRequest, LieuNaissanceRequest> change)
    {
        var request = Valid();
        return request with { LieuNaissance = change(request.LieuNaissance!) };
    }

    public static InscriptionRequest WithAdresse(Func<AdresseRequest, AdresseRequest> change)
    {
        var request = Valid();
        return request with { AdressePostale = change(request.AdressePostale!) };
    }

    public static InscriptionRequest WithBanque(Func<CoordonneeBancaireRequest, CoordonneeBancaireRequest> change)
    {
        var request = Valid();
        return request with { CoordonneeBancaire = change(request.CoordonneeBancaire!) };
    }

    /// <summary>A particulier registered from <paramref name="request"/> at <paramref name="inscritLe"/>, still to be activated.</summary>
    public static Particulier Registered(InscriptionRequest request, DateTimeOffset inscritLe)
    {
        var candidate = Inscriptions.Check(request, inscritLe);
        candidate.Errors.Should().BeEmpty("the sample must be a valid inscription");
        var registered = Inscriptions.Register(candidate.Value!, [], inscritLe, ParticulierId.New);
        return registered.Value!;
    }
}
