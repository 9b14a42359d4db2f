namespace AiciSandbox.Conformance.Driver;

// The bodies of openapi/integrator-driver.v1.yaml. Lists of errors are nullable: a driver may leave them out, and the
// kit reads what drivers it did not write send.

public sealed record DriverConfiguration(string TokenUrl, string ApiBaseUrl, string ClientId, string ClientSecret, string? Scope, string? IdTiersFacturation);

public sealed record CustomerRequest(
    string Reference, string Civilite, string NomNaissance, string? NomUsage, string Prenoms, string DateNaissance,
    DriverBirthPlace LieuNaissance, string Telephone, string Email, DriverAddress Adresse, DriverBank Banque);

public sealed record DriverBirthPlace(string CodePays, string? Departement, string? CodeCommune, string? LibelleCommune);

public sealed record DriverAddress(
    string? NumeroVoie, string? LettreVoie, string? CodeTypeVoie, string? LibelleVoie, string? Complement, string? LieuDit,
    string? LibelleCommune, string? CodeCommune, string? CodePostal, string? CodePays);

public sealed record DriverBank(string? Bic, string? Iban, string? Titulaire);

public sealed record ShownError(string Code, string? Message);

public sealed record ClientView(string Reference, string? IdClient, string State, string? StatutCode, string? StatutDescription, IReadOnlyList<ShownError>? Errors);

public sealed record DriverInvoice(
    string Reference, string ClientReference, string DateFacture, string DateDebutEmploi, string DateFinEmploi,
    decimal TotalTTC, decimal TotalHT, DriverAcompte? Acompte, IReadOnlyList<DriverLine> Lignes);

public sealed record DriverAcompte(decimal Montant, string Date);

public sealed record DriverLine(
    string CodeNature, string? CodeActivite, string Unite, decimal Quantite, decimal PrixUnitaireTTC, decimal MontantTTC,
    decimal MontantHT, decimal MontantTVA, string Intervenant);

public sealed record SendInvoicesRequest(IReadOnlyList<DriverInvoice> Invoices);

public sealed record InvoiceView(
    string Reference, string? IdDemandePaiement, string State, string? StatutCode, string? StatutLibelle, decimal? MontantVirement,
    string? DateVirement, RejetView? Rejet, IReadOnlyList<ShownError>? Errors);

public sealed record RejetView(string Code, string? Commentaire);

public sealed record ReconciliationRequest(string? DateDebut, string? DateFin);

public sealed record InvoicesView(IReadOnlyList<InvoiceView> Invoices);

public sealed record DriverErrorBody(string Message);
