using System.Globalization;
using System.Security.Cryptography;
using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Outbox;
using AiciSandbox.Domain.Particuliers;
using AiciSandbox.Domain.ParticulierSpace;
using Microsoft.AspNetCore.Identity;

namespace AiciSandbox.Server.Web;

/// <summary>
/// The particulier's passwords: the provisional one sent by the outbox at inscription, hashed with ASP.NET Core's
/// <see cref="PasswordHasher{TUser}"/> (PBKDF2), and the checks of a password she types. The password never leaves this class
/// except in the e-mail that carries it.
/// </summary>
internal sealed class SpacePasswords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /// <summary>Her own password: the framework's default work factor.</summary>
    private readonly PasswordHasher<SpaceAccess> hasher = new();

    /// <summary>
    /// A provisional password is 12 random characters (~69 bits), readable anyway in the outbox message that sends it, and
    /// valid only until its first use or expiry: stretching its hash guards nothing (as for the API's tokens, hashed once),
    /// so it is hashed with one PBKDF2 iteration — 1,000 cost 0.9 ms of CPU on every inscription. The hash records its work
    /// factor, so <see cref="hasher"/> verifies both (docs/decisions.md).
    /// </summary>
    private readonly PasswordHasher<SpaceAccess> provisional = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1 }));

    /// <summary>Her access with a new provisional password, and the e-mail that sends it to her.</summary>
    public (SpaceAccess Access, OutboxMessage Email) Issue(Particulier particulier, DateTimeOffset now)
    {
        var password = RandomNumberGenerator.GetString(Alphabet, 12);
        var email = particulier.Inscription.AdresseMail!;
        var access = new SpaceAccess(particulier.Id.Value, email, "", now, MustChange: true);
        access = access with { PasswordHash = provisional.HashPassword(access, password) };
        var until = ParisTime.ToParis(access.ProvisionalExpiresAt).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);
        var message = new OutboxMessage(now, Recipient.Particulier, "email", email, OutboxKinds.MotDePasseProvisoire,
            "Votre accès à l'espace particulier",
            $"Identifiant : {email}. Mot de passe provisoire : {password} (valable jusqu'au {until}). "
            + "À la première connexion, vous devrez choisir votre propre mot de passe.",
            particulier.Id.Value, null, null, access.ProvisionalExpiresAt);
        return (access, message);
    }

    public string Hash(SpaceAccess access, string password) => hasher.HashPassword(access, password);

    public bool Matches(SpaceAccess access, string? password) =>
        !string.IsNullOrEmpty(password) && hasher.VerifyHashedPassword(access, access.PasswordHash, password) != PasswordVerificationResult.Failed;
}
