using AiciSandbox.Domain.Errors;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary><see cref="Inscriptions.Register"/>: uniqueness against the provider's particuliers, and the new particulier.</summary>
public class InscriptionsRegisterTests
{
    [Fact]
    public void Register_NewPerson_IsAppareillageEnCoursInscritAtNow()
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 15, 30, TimeSpan.Zero);
        var candidate = Inscriptions.Check(InscriptionSamples.Valid(), now).Value!;

        var particulier = Inscriptions.Register(candidate, [], now, ParticulierId.New).Value!;

        particulier.Statut.Should().Be(ParticulierStatus.AppareillageEnCours);
        particulier.InscritLe.Should().Be(now);
        particulier.ValideLe.Should().BeNull();
        particulier.DateNaissance.Should().Be(new DateOnly(1980, 3, 29));
        Guid.TryParse(particulier.Id.Value, out _).Should().BeTrue();
        particulier.StatutView.Should().Be(new ParticulierStatusView(
            "APPAREILLAGE_EC", "Transmission DP impossible, appareillage en cours de traitement", "KO"));
    }

    [Fact]
    public void Register_TakesTheNewIdFromTheGivenGenerator_AndARefusalDrawsNone()
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var drawn = 0;
        ParticulierId Next() => new($"p-{++drawn}");
        var candidate = Inscriptions.Check(InscriptionSamples.Valid(), now).Value!;

        var registered = Inscriptions.Register(candidate, [], now, Next).Value!;
        var again = Inscriptions.Register(candidate, [registered], now, Next);

        registered.Id.Should().Be(new ParticulierId("p-1"));
        again.IsAccepted.Should().BeFalse();
        drawn.Should().Be(1);
    }

    [Fact]
    public void Register_TwoPeople_GetDifferentIds()
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var first = InscriptionSamples.Registered(InscriptionSamples.Valid(), now);
        var second = InscriptionSamples.Registered(InscriptionSamples.Valid() with { Prenoms = "Paul", AdresseMail = "paul@example.fr" }, now);

        first.Id.Should().NotBe(second.Id);
    }

    [Theory]
    [InlineData("TEST", "JEAN")]
    [InlineData("Tést", "Jéan")]
    [InlineData("te-st", "jean")]
    public void Register_SameIdentityWithOtherAccentsOrCase_IsErrLienTiersPrestationParticulierExiste(string nom, string prenoms)
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var existing = InscriptionSamples.Registered(InscriptionSamples.Valid(), now.AddDays(-10));
        var again = InscriptionSamples.Valid() with
        {
            NomNaissance = nom, Prenoms = prenoms, DateNaissance = "1980-03-29", AdresseMail = "autre@example.fr", NumeroTelephonePortable = "0711223344",
        };

        var decision = Inscriptions.Register(Inscriptions.Check(again, now).Value!, [existing], now, ParticulierId.New);

        decision.Errors.ShouldBeSingle(ErrorCodes.LienExisteDeja).Description.Should().Contain(existing.Id.Value);
    }

    [Theory]
    [InlineData("jean.test@example.fr", "+33605040302")]
    [InlineData("JEAN.TEST@EXAMPLE.FR", "0605040302")]
    public void Register_AnotherPersonWithSameEmailAndPhone_IsErreurReferenceParticulierExistanteType(string email, string phone)
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var existing = InscriptionSamples.Registered(InscriptionSamples.Valid(), now.AddDays(-10));
        var other = InscriptionSamples.Valid() with { Prenoms = "Marie", Civilite = "2", AdresseMail = email, NumeroTelephonePortable = phone };

        Inscriptions.Register(Inscriptions.Check(other, now).Value!, [existing], now, ParticulierId.New).Errors
            .ShouldBeSingle(ErrorCodes.ReferenceParticulierExistante);
    }

    [Theory]
    [InlineData("jean.test@example.fr", "0611111111")]
    [InlineData("marie.test@example.fr", "0605040302")]
    public void Register_AnotherPersonSharingOnlyEmailOrOnlyPhone_IsAccepted(string email, string phone)
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var existing = InscriptionSamples.Registered(InscriptionSamples.Valid(), now.AddDays(-10));
        var other = InscriptionSamples.Valid() with { Prenoms = "Marie", AdresseMail = email, NumeroTelephonePortable = phone };

        Inscriptions.Register(Inscriptions.Check(other, now).Value!, [existing], now, ParticulierId.New).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void Register_SameNamesBornAnotherDay_IsAnotherPerson()
    {
        var now = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var existing = InscriptionSamples.Registered(InscriptionSamples.Valid(), now.AddDays(-10));
        var twinName = InscriptionSamples.Valid() with { DateNaissance = "1981-03-29", AdresseMail = "jean2@example.fr" };

        Inscriptions.Register(Inscriptions.Check(twinName, now).Value!, [existing], now, ParticulierId.New).IsAccepted.Should().BeTrue();
    }

    [Theory]
    [InlineData("+33612345678", "0612345678")]
    [InlineData("0712345678", "0712345678")]
    [InlineData("+33712345678", "0712345678")]
    public void NormalizedPhone_InternationalOrNational_IsTheNationalForm(string phone, string expected) =>
        InscriptionRules.NormalizedPhone(phone).Should().Be(expected);
}
