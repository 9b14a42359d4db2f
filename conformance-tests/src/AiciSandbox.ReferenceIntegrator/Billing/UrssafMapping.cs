using System.Globalization;
using AiciSandbox.ReferenceIntegrator.Driver;
using AiciSandbox.ReferenceIntegrator.Generated;

namespace AiciSandbox.ReferenceIntegrator.Billing;

/// <summary>From the software's customers and invoices to the URSSAF API's bodies.</summary>
public static class UrssafMapping
{
    public static InputParticulierDTO Particulier(CustomerRequest c) => new()
    {
        Civilite = c.Civilite == "2" ? InputParticulierDTOCivilite.Feminin : InputParticulierDTOCivilite.Masculin,
        NomNaissance = c.NomNaissance,
        NomUsage = c.NomUsage,
        Prenoms = c.Prenoms,
        DateNaissance = Date(c.DateNaissance),
        LieuNaissance = new InputLieuNaissanceDTO
        {
            CodePaysNaissance = c.LieuNaissance.CodePays,
            DepartementNaissance = c.LieuNaissance.Departement,
            CommuneNaissance = c.LieuNaissance.CodeCommune is null ? null
                : new InputCommuneDTO { CodeCommune = c.LieuNaissance.CodeCommune, LibelleCommune = c.LieuNaissance.LibelleCommune },
        },
        NumeroTelephonePortable = c.Telephone,
        AdresseMail = c.Email,
        AdressePostale = new InputAdresseDTO
        {
            NumeroVoie = c.Adresse.NumeroVoie, LettreVoie = c.Adresse.LettreVoie, CodeTypeVoie = c.Adresse.CodeTypeVoie,
            LibelleVoie = c.Adresse.LibelleVoie, Complement = c.Adresse.Complement, LieuDit = c.Adresse.LieuDit,
            LibelleCommune = c.Adresse.LibelleCommune, CodeCommune = c.Adresse.CodeCommune, CodePostal = c.Adresse.CodePostal,
            CodePays = c.Adresse.CodePays,
        },
        CoordonneeBancaire = new InputCoordonneeBancaireDTO { Bic = c.Banque.Bic, Iban = c.Banque.Iban, Titulaire = c.Banque.Titulaire },
    };

    public static InputDemandePaiement Demande(DriverInvoice i, Customer customer, string idTiersFacturation, IReadOnlySet<Defect> defects)
    {
        var lines = i.Lignes.Select(l => Line(l, defects.Contains(Defect.OneNatureForAllLines) ? i.Lignes[0].CodeNature : l.CodeNature, defects)).ToList();
        var datesAtMidnight = defects.Contains(Defect.EmploymentDatesAtMidnight);
        return new()
        {
            IdTiersFacturation = idTiersFacturation,
            IdClient = customer.IdClient,
            DateNaissanceClient = defects.Contains(Defect.BirthDateShiftedToUtc) ? ParisMidnightInUtc(customer.Request.DateNaissance).Date : Date(customer.Request.DateNaissance),
            NumFactureTiers = i.Reference,
            DateFacture = Date(i.DateFacture),
            DateDebutEmploi = datesAtMidnight ? Date(i.DateDebutEmploi).Date : Date(i.DateDebutEmploi),
            DateFinEmploi = datesAtMidnight ? Date(i.DateFinEmploi).Date : Date(i.DateFinEmploi),
            MntFactureTTC = defects.Contains(Defect.RoundsHalfToEven) ? lines.Sum(l => l.MntPrestationTTC)
                : defects.Contains(Defect.AcompteDeductedFromTotal) ? i.TotalTTC - (i.Acompte?.Montant ?? 0m) : i.TotalTTC,
            MntFactureHT = i.TotalHT,
            MntAcompte = i.Acompte?.Montant,
            DateVersementAcompte = i.Acompte is null ? null : Date(defects.Contains(Defect.AcompteDateIsInvoiceDate) ? i.DateFacture : i.Acompte.Date),
            InputPrestations = lines,
        };
    }

    private static InputPrestation Line(DriverLine l, string codeNature, IReadOnlySet<Defect> defects)
    {
        var (quantite, unitaire, ttc) = (l.Quantite, l.PrixUnitaireTTC, l.MontantTTC);
        if (defects.Contains(Defect.RoundsHalfToEven)) ttc = Math.Round(quantite * unitaire, 2);
        if (defects.Contains(Defect.QuantityAsWholeHours) && decimal.Round(quantite, 0, MidpointRounding.AwayFromZero) is > 0 and var hours && hours != quantite)
            (quantite, unitaire) = (hours, Math.Round(ttc / hours, 3, MidpointRounding.AwayFromZero));
        return new InputPrestation
        {
            CodeNature = codeNature, CodeActivite = l.CodeActivite,
            Unite = l.Unite == "FORFAIT" ? InputPrestationUnite.FORFAIT : InputPrestationUnite.HEURE,
            Quantite = quantite, MntUnitaireTTC = unitaire, MntPrestationTTC = ttc,
            MntPrestationHT = l.MontantHT, MntPrestationTVA = ttc == l.MontantTTC ? l.MontantTVA : ttc - l.MontantHT, Complement2 = l.Intervenant,
        };
    }

    /// <summary>The <see cref="Defect.BirthDateShiftedToUtc"/> bug: a day's Paris midnight, as a UTC instant (the previous day at 22:00 or 23:00).</summary>
    private static DateTime ParisMidnightInUtc(string day)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var midnight = DateTime.SpecifyKind(Date(day).Date, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, paris);
    }

    /// <summary>A date or UTC date-time as the driver gives it, as a UTC <see cref="DateTime"/>.</summary>
    public static DateTime Date(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    /// <summary>
    /// The invoice URSSAF echoes in a search result (<c>InfoDemandePaiement.demandePaiement</c>), for an invoice the
    /// software does not have: the inverse of <see cref="Demande"/>.
    /// </summary>
    public static DriverInvoice Invoice(InputDemandePaiement echo, string clientReference) => new(
        echo.NumFactureTiers, clientReference, Day(echo.DateFacture), Day(echo.DateDebutEmploi), Day(echo.DateFinEmploi),
        echo.MntFactureTTC, echo.MntFactureHT,
        echo.MntAcompte is { } acompte && echo.DateVersementAcompte is { } versement ? new DriverAcompte(acompte, Day(versement)) : null,
        (echo.InputPrestations ?? []).Select(p => new DriverLine(
            p.CodeNature, p.CodeActivite, p.Unite == InputPrestationUnite.FORFAIT ? "FORFAIT" : "HEURE", p.Quantite, p.MntUnitaireTTC,
            p.MntPrestationTTC, p.MntPrestationHT, p.MntPrestationTVA, p.Complement2)).ToList());

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<ShownError> Shown(IEnumerable<Erreur>? errors) =>
        errors?.Select(e => new ShownError(e.Code, e.Description ?? e.Message)).ToList() ?? [];
}
