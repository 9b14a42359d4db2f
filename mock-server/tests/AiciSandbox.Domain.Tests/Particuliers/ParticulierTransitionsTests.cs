using AiciSandbox.Domain.Particuliers;
using static AiciSandbox.Domain.Particuliers.ParticulierStatus;

namespace AiciSandbox.Domain.Tests.Particuliers;

/// <summary>
/// The particulier's transition table (STYLE rule 5) walked pair by pair against <see cref="Particulier.Apply"/>, with its
/// guards: a new account is activated, an existing one accepts or refuses the appareillage.
/// </summary>
public class ParticulierTransitionsTests
{
    private static readonly DateTimeOffset InscritLe = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_EveryStatusTriggerAndAccountType_FollowsTheTableAndItsGuards()
    {
        var at = InscritLe.AddDays(3);
        var failures = new List<string>();
        foreach (var compte in Enum.GetValues<CompteType>())
        {
            foreach (var status in Enum.GetValues<ParticulierStatus>())
            {
                foreach (var trigger in Enum.GetValues<ParticulierTrigger>())
                {
                    var particulier = In(status, compte);
                    var outcome = particulier.Apply(trigger, at);
                    var pair = $"({compte}, {status}, {trigger})";
                    if (Expected(status, trigger, compte) is { } refusal)
                    {
                        if (outcome.IsAccepted || outcome.Refusal!.Code != refusal) failures.Add($"{pair} should be refused with {refusal}");
                    }
                    else if (outcome.Value?.Statut != ParticulierTransitions.Target(status, trigger))
                    {
                        failures.Add($"{pair} should go to {ParticulierTransitions.Target(status, trigger)}: {outcome.Refusal?.Message}");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Apply_ActivateAnExistingAccount_IsRefused()
    {
        var outcome = In(AppareillageEnCours, CompteType.Existant).Apply(ParticulierTrigger.Activate, InscritLe.AddHours(1));

        outcome.Refusal!.Code.Should().Be(Particulier.RefusedTransition);
        outcome.Refusal.Message.Should().Contain("appareillage");
    }

    [Theory]
    [InlineData(ParticulierTrigger.AcceptAppareillage)]
    [InlineData(ParticulierTrigger.RefuseAppareillage)]
    public void Apply_AppareillageOnANewAccount_IsRefused(ParticulierTrigger trigger) =>
        In(AppareillageEnCours, CompteType.Nouveau).Apply(trigger, InscritLe.AddHours(1)).Refusal!.Code.Should().Be(Particulier.RefusedTransition);

    [Theory]
    [InlineData(CompteType.Nouveau)]
    [InlineData(CompteType.Existant)]
    public void Apply_ActivateWhenAlreadyValidated_IsParticulierDejaActif(CompteType compte) =>
        In(AppareillageValide, compte).Apply(ParticulierTrigger.Activate, InscritLe.AddHours(1)).Refusal!.Code
            .Should().Be(Particulier.RefusedAlreadyActive);

    [Fact]
    public void Apply_AcceptAppareillage_ValidatesAtThatSecondAndDropsTheActivationDeadline()
    {
        var at = new DateTimeOffset(2026, 3, 3, 14, 5, 7, 250, TimeSpan.Zero);

        var accepted = In(AppareillageEnCours, CompteType.Existant).Apply(ParticulierTrigger.AcceptAppareillage, at).Value!;

        accepted.Statut.Should().Be(AppareillageValide);
        accepted.ValideLe.Should().Be(new DateTimeOffset(2026, 3, 3, 14, 5, 7, TimeSpan.Zero));
        accepted.ActivationPrevueLe.Should().BeNull();
        accepted.NextDue.Should().BeNull();
    }

    [Fact]
    public void Apply_RefuseAppareillage_BreaksTheAssociationWithoutValidation()
    {
        var refused = In(AppareillageEnCours, CompteType.Existant).Apply(ParticulierTrigger.RefuseAppareillage, InscritLe.AddHours(1)).Value!;

        refused.Statut.Should().Be(AssociationRompue);
        refused.ValideLe.Should().BeNull();
        refused.StatutView.Code.Should().Be("ASSOCIATION_ROMPUE");
    }

    [Theory]
    [InlineData(Bloque, ParticulierTrigger.Unblock)]
    [InlineData(MandatEchu, ParticulierTrigger.RenewMandate)]
    public void Apply_BackToValidated_KeepsTheFirstValidationInstant(ParticulierStatus status, ParticulierTrigger trigger)
    {
        var particulier = In(status, CompteType.Nouveau);

        var back = particulier.Apply(trigger, InscritLe.AddDays(40)).Value!;

        back.Statut.Should().Be(AppareillageValide);
        back.ValideLe.Should().Be(particulier.ValideLe);
    }

    [Fact]
    public void NextDue_NewAccountWaitingForActivation_IsTheActivationAtItsStoredDeadline()
    {
        var pending = InscriptionSamples.Registered(InscriptionSamples.Valid(), InscritLe);

        pending.NextDue.Should().Be((InscritLe.AddMinutes(5), ParticulierTrigger.Activate));
        pending.Activate(InscritLe.AddMinutes(5)).Value!.NextDue.Should().BeNull();
    }

    /// <summary>The refusal code a pair must get, or null when the table accepts it.</summary>
    private static string? Expected(ParticulierStatus status, ParticulierTrigger trigger, CompteType compte) => (status, trigger, compte) switch
    {
        (AppareillageValide, ParticulierTrigger.Activate, _) => Particulier.RefusedAlreadyActive,
        (_, ParticulierTrigger.Activate, CompteType.Existant) => Particulier.RefusedTransition,
        (_, ParticulierTrigger.AcceptAppareillage or ParticulierTrigger.RefuseAppareillage, CompteType.Nouveau) => Particulier.RefusedTransition,
        _ => ParticulierTransitions.Target(status, trigger) is null ? Particulier.RefusedTransition : null,
    };

    /// <summary>The sample particulier in <paramref name="status"/>, validated 5 minutes after the inscription if the status implies it.</summary>
    private static Particulier In(ParticulierStatus status, CompteType compte)
    {
        var validated = status is AppareillageValide or Bloque or MandatEchu;
        return InscriptionSamples.Registered(InscriptionSamples.Valid(), InscritLe) with
        {
            Statut = status,
            Compte = compte,
            ValideLe = validated ? InscritLe.AddMinutes(5) : null,
            ActivationPrevueLe = status == AppareillageEnCours && compte == CompteType.Nouveau ? InscritLe.AddMinutes(5) : null,
        };
    }
}
