using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Domain.Tests.Tenants;

/// <summary>Client ids, secrets and tokens: random, stored only as SHA-256 hashes, compared in constant time.</summary>
public class CredentialsTests
{
    [Fact]
    public void Verify_SecretAgainstItsHash_IsTrue()
    {
        var secret = Credentials.NewSecret();

        Credentials.Verify(secret, Credentials.Hash(secret)).Should().BeTrue();
    }

    [Theory]
    [InlineData("s3cret", "s3creT")]
    [InlineData("s3cret", "s3cret ")]
    [InlineData("s3cret", "")]
    public void Verify_OtherSecret_IsFalse(string registered, string presented) =>
        Credentials.Verify(presented, Credentials.Hash(registered)).Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    public void Verify_AgainstMalformedHash_IsFalse(string hash) =>
        Credentials.Verify("s3cret", hash).Should().BeFalse();

    [Fact]
    public void Hash_KnownInput_IsLowercaseSha256Hex() =>
        Credentials.Hash("abc").Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Fact]
    public void NewClientId_IsPrefixedHex() =>
        Credentials.NewClientId().Should().MatchRegex("^sbx_[0-9a-f]{16}$");

    [Fact]
    public void NewSecretAndToken_AreUrlSafeAndUnpadded()
    {
        Credentials.NewSecret().Should().MatchRegex("^[A-Za-z0-9_-]{32}$");
        Credentials.NewToken().Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
    }

    [Fact]
    public void NewSecret_TwoCalls_AreDifferent() =>
        Credentials.NewSecret().Should().NotBe(Credentials.NewSecret());
}
