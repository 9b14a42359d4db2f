using System.Security.Cryptography;
using System.Text;

namespace AiciSandbox.Domain.Tenants;

/// <summary>Client ids, secrets and tokens: random, shown once, stored only as SHA-256 hashes.</summary>
public static class Credentials
{
    public static string NewClientId() => "sbx_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares in constant time, so the answer time says nothing about the secret.</summary>
    public static bool Verify(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
