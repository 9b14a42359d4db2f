using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

/// <summary>Wire codes and libellés of the demande statuses (facts §4.1, decision D7).</summary>
public class DemandeStatusTests
{
    [Theory]
    [InlineData(DemandeStatus.Integree, "10", "Intégrée")]
    [InlineData(DemandeStatus.EnAttenteValidation, "20", "En attente de validation")]
    [InlineData(DemandeStatus.Validee, "30", "Validée")]
    [InlineData(DemandeStatus.Refusee, "40", "Refusée")]
    [InlineData(DemandeStatus.Prelevee, "50", "Prélevée")]
    [InlineData(DemandeStatus.RefusPrelevement, "60", "En refus de prélèvement")]
    [InlineData(DemandeStatus.Payee, "70", "Payée")]
    [InlineData(DemandeStatus.Annulee, "110", "Annulée")]
    [InlineData(DemandeStatus.AnnuleeApresImpaye, "111", "Annulée après impayé")]
    [InlineData(DemandeStatus.Recouvree, "120", "Recouvrée")]
    [InlineData(DemandeStatus.RegularisePrestataire, "270", "Régularisée prestataire")]
    public void CodeAndLibelle_Status_AreTheWireValues(DemandeStatus status, string code, string libelle)
    {
        status.Code().Should().Be(code);
        status.Libelle().Should().Be(libelle);
    }

    [Fact]
    public void Libelle_EveryStatus_IsDefined() =>
        Enum.GetValues<DemandeStatus>().Should().AllSatisfy(s => s.Libelle().Should().NotBeNullOrWhiteSpace());

    [Fact]
    public void Code_EveryStatus_IsDistinct() =>
        Enum.GetValues<DemandeStatus>().Select(s => s.Code()).Should().OnlyHaveUniqueItems().And.HaveCount(18);
}
