using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Domain.Tests.Tenants;

/// <summary>Bearer tokens: scopes, one-hour lifetime on the tenant's simulated clock (D9), stored by hash.</summary>
public class AccessTokenTests
{
    private static readonly TenantId Tenant = new("tnt_0123456789abcdef");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Issue_NoScopeRequested_GrantsTheApiScopeOnly(string? scope)
    {
        var stored = AccessToken.Issue(Tenant, scope, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)).Value.Stored;

        stored.Scopes.Should().Equal(Scopes.Api);
        stored.Grants(Scopes.Api).Should().BeTrue();
        stored.Grants(Scopes.Control).Should().BeFalse();
    }

    [Fact]
    public void Issue_BothScopes_GrantsBoth()
    {
        var stored = AccessToken.Issue(Tenant, "homeplus.tiersprestations  sandbox.control homeplus.tiersprestations",
            new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)).Value.Stored;

        stored.Scopes.Should().Equal(Scopes.Api, Scopes.Control);
    }

    [Fact]
    public void Issue_ControlScopeOnly_DoesNotGrantTheApi() =>
        AccessToken.Issue(Tenant, "sandbox.control", new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero))
            .Value.Stored.Grants(Scopes.Api).Should().BeFalse();

    [Theory]
    [InlineData("openid")]
    [InlineData("homeplus.tiersprestations admin")]
    [InlineData("HOMEPLUS.TIERSPRESTATIONS")]
    public void Issue_UnknownScope_IsRefusedNamingIt(string scope)
    {
        var outcome = AccessToken.Issue(Tenant, scope, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

        outcome.IsAccepted.Should().BeFalse();
        outcome.Refusal!.Code.Should().Be(AccessToken.RefusedScope);
        outcome.Refusal.Message.Should().Contain(scope.Split(' ')[^1]);
    }

    [Fact]
    public void Issue_Token_IsStoredOnlyAsItsHashForItsTenant()
    {
        var (token, stored) = AccessToken.Issue(Tenant, null, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)).Value;

        token.Should().NotBeNullOrWhiteSpace();
        stored.Hash.Should().Be(Credentials.Hash(token)).And.NotContain(token);
        stored.TenantId.Should().Be(Tenant);
    }

    [Fact]
    public void Issue_TwoTokens_AreDifferent()
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        AccessToken.Issue(Tenant, null, now).Value.Token.Should().NotBe(AccessToken.Issue(Tenant, null, now).Value.Token);
    }

    [Fact]
    public void IsExpiredAt_ExactlyAt3600Seconds_IsExpiredButNotOneTickBefore()
    {
        var issuedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        var stored = AccessToken.Issue(Tenant, null, issuedAt).Value.Stored;

        stored.ExpiresAt.Should().Be(issuedAt.AddSeconds(3600));
        stored.IsExpiredAt(issuedAt).Should().BeFalse();
        stored.IsExpiredAt(issuedAt.AddSeconds(3600).AddTicks(-1)).Should().BeFalse();
        stored.IsExpiredAt(issuedAt.AddSeconds(3600)).Should().BeTrue();
    }
}
