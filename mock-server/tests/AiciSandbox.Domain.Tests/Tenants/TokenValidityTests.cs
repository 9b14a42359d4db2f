using AiciSandbox.Domain.Clock;
using AiciSandbox.Domain.Tenants;

namespace AiciSandbox.Domain.Tests.Tenants;

/// <summary>A token opens the API only while issued-at ≤ now &lt; expiry, in the timeline that issued it (issue 12, item 3).</summary>
public class TokenValidityTests
{
    private static readonly DateTimeOffset IssuedAt = new(2030, 6, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly Tenant Tenant = new(new TenantId("tnt_0123456789abcdef"), "t", "sbx_1", "hash",
        ClockState.Start(IssuedAt, IssuedAt), IssuedAt);

    private static AccessToken Issued(Tenant tenant) => AccessToken.Issue(tenant.Id, null, IssuedAt, tenant.Timeline).Value.Stored;

    [Fact]
    public void Token_IsValid_FromItsIssueInstant_UntilOneTickBeforeItsExpiry()
    {
        var token = Issued(Tenant);

        TokenValidity.IsValid(token, Tenant, IssuedAt).Should().BeTrue();
        TokenValidity.IsValid(token, Tenant, IssuedAt + AccessToken.Lifetime - TimeSpan.FromTicks(1)).Should().BeTrue();
        TokenValidity.IsValid(token, Tenant, IssuedAt + AccessToken.Lifetime).Should().BeFalse();
    }

    [Fact]
    public void Token_IssuedIn2030_IsNotValid_WhenTheClockShows2026()
    {
        var token = Issued(Tenant);

        TokenValidity.IsValid(token, Tenant, new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)).Should().BeFalse();
        TokenValidity.IsValid(token, Tenant, IssuedAt - TimeSpan.FromTicks(1)).Should().BeFalse();
    }

    [Fact]
    public void Token_OfAnEarlierTimeline_IsNotValid_EvenInsideItsHour()
    {
        var token = Issued(Tenant);
        var reset = Tenant.InNewTimeline(ClockState.Start(IssuedAt.AddMinutes(10), IssuedAt));

        reset.Timeline.Should().Be(Tenant.Timeline + 1);
        TokenValidity.IsValid(token, reset, IssuedAt.AddMinutes(10)).Should().BeFalse();
        TokenValidity.IsValid(Issued(reset), reset, IssuedAt.AddMinutes(10)).Should().BeTrue();
    }

    [Fact]
    public void Token_OfAnotherTenant_IsNotValid()
    {
        var other = Tenant with { Id = new TenantId("tnt_fedcba9876543210") };

        TokenValidity.IsValid(Issued(Tenant), other, IssuedAt).Should().BeFalse();
    }
}
