using AiciSandbox.Conformance.Kit.Wire;

namespace AiciSandbox.Conformance.Kit.Tests.Judges;

public sealed class TokenJudgeTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void OneTokenReused_PassesObtained1_AndAllAuthorised()
    {
        var wire = new WireFixtures().Token("sha256:aaaa1111", Minute)
            .Call("POST", "/particulier", 2 * Minute, "sha256:aaaa1111", 200)
            .Call("GET", "/particulier", 3 * Minute, "sha256:aaaa1111", 200).Exchanges;

        TokenJudge.Obtained(wire, 1).Passed.Should().BeTrue();
        TokenJudge.AllCallsAuthorised(wire).Passed.Should().BeTrue();
    }

    [Fact]
    public void ATokenPerCall_FailsObtained1_WithTheCountAndTheRule()
    {
        var wire = new WireFixtures()
            .Token("sha256:aaaa1111", Minute).Call("POST", "/particulier", Minute, "sha256:aaaa1111", 200)
            .Token("sha256:bbbb2222", Minute).Call("GET", "/particulier", Minute, "sha256:bbbb2222", 200).Exchanges;

        var verdict = TokenJudge.Obtained(wire, 1);

        verdict.Failure.Should().Contain("Règle EX-02").And.Contain("obtenu 2 jeton(s), 1 attendu(s)");
        verdict.Evidence.Should().HaveCount(2).And.OnlyContain(e => e.IsToken);
    }

    [Fact]
    public void ACallWithoutToken_OrRefused_FailsAllAuthorised()
    {
        var wire = new WireFixtures().Token("sha256:aaaa1111", Minute)
            .Call("GET", "/particulier", Minute, null, 401)
            .Call("GET", "/particulier", Minute, "sha256:dead0000", 401).Exchanges;

        TokenJudge.AllCallsAuthorised(wire).Failure.Should().Contain("2 appel(s) refusé(s)").And.Contain("1 sans jeton");
    }

    [Fact]
    public void RenewalAfterA401_ThenSuccessWithTheNewToken_Passes()
    {
        var wire = new WireFixtures().Token("sha256:aaaa1111", TimeSpan.Zero)
            .Call("GET", "/particulier", TimeSpan.FromHours(2), "sha256:aaaa1111", 401)
            .Token("sha256:bbbb2222", TimeSpan.FromHours(2))
            .Call("GET", "/particulier", TimeSpan.FromHours(2), "sha256:bbbb2222", 200).Exchanges;

        TokenJudge.RenewedAfterExpiry(wire).Passed.Should().BeTrue();
    }

    [Fact]
    public void NoRenewal_After401s_FailsNamingTheExpiry()
    {
        var wire = new WireFixtures().Token("sha256:aaaa1111", TimeSpan.Zero)
            .Call("GET", "/particulier", TimeSpan.FromHours(2), "sha256:aaaa1111", 401)
            .Call("GET", "/particulier", TimeSpan.FromHours(2), "sha256:aaaa1111", 401).Exchanges;

        var verdict = TokenJudge.RenewedAfterExpiry(wire);

        verdict.Failure.Should().Contain("EX-03 (décision D9)").And.Contain("a expiré à 09:00:00").And.Contain("2 appel(s) refusé(s) en 401");
    }

    [Fact]
    public void RenewalNeverUsed_Fails()
    {
        var wire = new WireFixtures().Token("sha256:aaaa1111", TimeSpan.Zero)
            .Call("GET", "/particulier", TimeSpan.FromHours(2), "sha256:aaaa1111", 401)
            .Token("sha256:bbbb2222", TimeSpan.FromHours(2))
            .Call("GET", "/particulier", TimeSpan.FromHours(2), "sha256:aaaa1111", 401).Exchanges;

        TokenJudge.RenewedAfterExpiry(wire).Failure.Should().Contain("aucun appel n'a porté le nouveau jeton");
    }
}
