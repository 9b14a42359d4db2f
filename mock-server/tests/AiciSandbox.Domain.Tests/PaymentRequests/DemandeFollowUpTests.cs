using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Domain.Tests.PaymentRequests;

public sealed class DemandeFollowUpTests
{
    [Fact]
    public void Settled_IsDerivedFromTheTable_AsTheSixEndsOfTheLifecycle() =>
        DemandeFollowUp.SettledCodes.Order().Should().Equal("110", "111", "112", "120", "40", "70");

    [Theory]
    [InlineData(DemandeStatus.Integree)]
    [InlineData(DemandeStatus.EnAttenteValidation)]
    [InlineData(DemandeStatus.Validee)]
    [InlineData(DemandeStatus.Prelevee)]
    [InlineData(DemandeStatus.RefusPrelevement)]
    public void AStatusThatMovesByItself_IsNotSettled(DemandeStatus status) => DemandeFollowUp.Settled.Should().NotContain(status);

    [Fact]
    public void PaidAndRecovered_CanStillMove_OnlyByCancellationOrARejectedDebit()
    {
        var moves = DemandeTransitions.All.Where(t => t.Key.From is DemandeStatus.Payee or DemandeStatus.Recouvree && t.Value != t.Key.From);
        moves.Select(t => t.Key.Trigger).Distinct().Should().BeSubsetOf([DemandeTrigger.Cancel, DemandeTrigger.RejectDebit]);
    }
}
