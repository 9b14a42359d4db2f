namespace AiciSandbox.Domain.Particuliers;

/// <summary>
/// <c>InputParticulierDTO</c> as received on <c>POST /particulier</c> (facts §3.1): raw values, checked by
/// <see cref="InscriptionFormat"/> and <see cref="InscriptionRules"/>. Kept as sent, for the journal and echoes.
/// </summary>
public sealed record InscriptionRequest
{
    public string? Civilite { get; init; }
    public string? NomNaissance { get; init; }
    public string? NomUsage { get; init; }
    public string? Prenoms { get; init; }
    public string? DateNaissance { get; init; }
    public LieuNaissanceRequest? LieuNaissance { get; init; }
    public string? NumeroTelephonePortable { get; init; }
    public string? AdresseMail { get; init; }
    public AdresseRequest? AdressePostale { get; init; }
    public CoordonneeBancaireRequest? CoordonneeBancaire { get; init; }
}

/// <summary><c>InputLieuNaissanceDTO</c>.</summary>
public sealed record LieuNaissanceRequest
{
    public string? CodePaysNaissance { get; init; }
    public string? DepartementNaissance { get; init; }
    public CommuneRequest? CommuneNaissance { get; init; }
}

/// <summary><c>InputCommuneDTO</c>.</summary>
public sealed record CommuneRequest
{
    public string? CodeCommune { get; init; }
    public string? LibelleCommune { get; init; }
}

/// <summary><c>InputAdresseDTO</c>.</summary>
public sealed record AdresseRequest
{
    public string? NumeroVoie { get; init; }
    public string? LettreVoie { get; init; }
    public string? CodeTypeVoie { get; init; }
    public string? LibelleVoie { get; init; }
    public string? Complement { get; init; }
    public string? LieuDit { get; init; }
    public string? LibelleCommune { get; init; }
    public string? CodeCommune { get; init; }
    public string? CodePostal { get; init; }
    public string? CodePays { get; init; }
}

/// <summary><c>InputCoordonneeBancaireDTO</c>.</summary>
public sealed record CoordonneeBancaireRequest
{
    public string? Bic { get; init; }
    public string? Iban { get; init; }
    public string? Titulaire { get; init; }
}
