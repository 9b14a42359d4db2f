using AiciSandbox.Domain.Common;

namespace AiciSandbox.Domain.ParticulierSpace;

/// <summary>
/// The particulier's access to her online space: her e-mail, the hash of her password, when the provisional one was issued
/// and whether she still has to change it. The charter of the particulier's space (seed 003, « A la première connexion …
/// le système impose le changement du mot de passe ») and docs/decisions.md (« Espace particulier »): a provisional password is sent by the outbox at
/// inscription, valid 30 days of the tenant's simulated time.
/// </summary>
/// <remarks>The password itself is never kept: only <see cref="PasswordHash"/>, made by the host's password hasher.</remarks>
public sealed record SpaceAccess(string IdClient, string Email, string PasswordHash, DateTimeOffset IssuedAt, bool MustChange)
{
    public const string RefusedCredentials = "IDENTIFIANTS_INVALIDES";
    public const string RefusedExpired = "MOT_DE_PASSE_EXPIRE";
    public const string RefusedWeak = "MOT_DE_PASSE_FAIBLE";
    public const string RefusedSame = "MOT_DE_PASSE_IDENTIQUE";

    /// <summary>How long a provisional password lets her in (docs/decisions.md).</summary>
    public static readonly TimeSpan ProvisionalValidity = TimeSpan.FromDays(30);

    public const int MinimumLength = 10;

    /// <summary>The one answer to an unknown e-mail or a wrong password.</summary>
    public static Refusal WrongCredentials { get; } = new(RefusedCredentials, "Adresse e-mail ou mot de passe incorrect.");

    public DateTimeOffset ProvisionalExpiresAt => IssuedAt + ProvisionalValidity;

    /// <summary>
    /// Whether she may enter with a password that <paramref name="passwordMatches"/>: a provisional password only until it
    /// expires. Wrong e-mail and wrong password give the same refusal, so the page tells nothing about who is registered.
    /// </summary>
    public Refusal? SignIn(bool passwordMatches, DateTimeOffset now) =>
        !passwordMatches ? WrongCredentials
        : MustChange && now >= ProvisionalExpiresAt
            ? new Refusal(RefusedExpired, $"Votre mot de passe provisoire a expiré ({ProvisionalValidity.Days} jours après son envoi) : demandez-en un nouveau à votre prestataire.")
            : null;

    /// <summary>The rules of a new password: at least <see cref="MinimumLength"/> characters, letters and digits, not the old one.</summary>
    public static Refusal? CheckNewPassword(string? password, bool sameAsCurrent)
    {
        if (password is null || password.Length < MinimumLength || !password.Any(char.IsLetter) || !password.Any(char.IsDigit))
            return new Refusal(RefusedWeak, $"Le nouveau mot de passe doit compter au moins {MinimumLength} caractères, dont des lettres et des chiffres.");
        return sameAsCurrent ? new Refusal(RefusedSame, "Le nouveau mot de passe doit être différent du mot de passe provisoire.") : null;
    }

    /// <summary>Her own password replaces the provisional one; she is no longer asked to change it.</summary>
    public SpaceAccess WithPassword(string newHash) => this with { PasswordHash = newHash, MustChange = false };
}
