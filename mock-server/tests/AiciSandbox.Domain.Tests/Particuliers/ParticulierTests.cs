using System.Globalization;
using AiciSandbox.Domain.Particuliers;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary><see cref="Particulier.Activate"/> and the status the API reports afterwards.</summary>
public class ParticulierTests
{
    [Theory]
    [InlineData("2026-01-15T09:30:45Z", "15/01/2026 10:30:45")] // winter: Paris = UTC+1
    [InlineData("2026-07-01T10:00:00Z", "01/07/2026 12:00:00")] // summer: Paris = UTC+2
    [InlineData("2026-03-31T22:30:00Z", "01/04/2026 00:30:00")] // already the next day in Paris
    public void Activate_PendingParticulier_IsAppareillageValideWithParisDateTimeInDescription(string activatedAt, string shown)
    {
        var now = DateTimeOffset.Parse(activatedAt, CultureInfo.InvariantCulture);
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid(), new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero));

        var active = pending.Activate(now).Value!;

        active.Statut.Should().Be(ParticulierStatus.AppareillageValide);
        active.ValideLe.Should().Be(now);
        active.StatutView.Should().Be(new ParticulierStatusView(
            "APPAREILLAGE_VALIDE", $"Transmission DP possible, appareillage validé le {shown}", "OK"));
    }

    [Fact]
    public void Activate_WithMilliseconds_KeepsTheSecondTheDescriptionShows()
    {
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid(), new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero));

        var active = pending.Activate(new DateTimeOffset(2026, 3, 2, 10, 0, 0, 437, TimeSpan.Zero)).Value!;

        active.ValideLe.Should().Be(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        active.StatutView.Description.Should().EndWith("02/03/2026 11:00:00");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Activate_UnderAnyServerCulture_ShowsTheDateTimeAsDdMmYyyyHhMmSs(string culture)
    {
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid(), new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero));
        var active = pending.Activate(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)).Value!;
        var previous = CultureInfo.CurrentCulture;
        string description;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            description = active.StatutView.Description;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        description.Should().EndWith("validé le 01/07/2026 12:00:00");
    }

    [Fact]
    public void Activate_AlreadyActive_IsRefused()
    {
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid(), new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero));
        var active = pending.Activate(new DateTimeOffset(2026, 1, 3, 8, 0, 0, TimeSpan.Zero)).Value!;

        var again = active.Activate(new DateTimeOffset(2026, 1, 4, 8, 0, 0, TimeSpan.Zero));

        again.IsAccepted.Should().BeFalse();
        again.Refusal!.Code.Should().Be(Particulier.RefusedAlreadyActive);
    }

    [Fact]
    public void Activate_AssociationNotFinalised_IsAppareillageValide()
    {
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid(), new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero))
            with { Statut = ParticulierStatus.AppareillageNonFinalise };

        pending.Activate(new DateTimeOffset(2026, 1, 3, 8, 0, 0, TimeSpan.Zero)).Value!.Statut.Should().Be(ParticulierStatus.AppareillageValide);
    }

    [Theory]
    [InlineData(ParticulierStatus.Bloque)]
    [InlineData(ParticulierStatus.MandatEchu)]
    public void Activate_BlockedOrExpiredMandate_IsRefused(ParticulierStatus status)
    {
        var particulier = InscriptionSamples.Registered(InscriptionSamples.Valid(), new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero))
            with { Statut = status };

        particulier.Activate(new DateTimeOffset(2026, 1, 3, 8, 0, 0, TimeSpan.Zero)).IsAccepted.Should().BeFalse();
    }

    [Theory]
    [InlineData(ParticulierStatus.AppareillageNonFinalise, "APPAREILLAGE_NF", "KO")]
    [InlineData(ParticulierStatus.Bloque, "PARTICULIER_BLOQUE", "KO")]
    [InlineData(ParticulierStatus.MandatEchu, "MANDAT_ECHU", "KO")]
    public void StatutView_OtherStatuses_HaveTheirWireCodeAndKo(ParticulierStatus status, string code, string etat)
    {
        var view = ParticulierStatusView.Of(status, null);

        view.Code.Should().Be(code);
        view.Etat.Should().Be(etat);
        view.Description.Should().StartWith("Transmission DP impossible");
    }
}
