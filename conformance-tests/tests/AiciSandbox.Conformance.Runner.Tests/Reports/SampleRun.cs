using AiciSandbox.Conformance.Runner.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AiciSandbox.Conformance.Runner.Tests.Reports;

/// <summary>A small run with every outcome (passed, failed with an attachment, undefined, ambiguous) on a fake clock.</summary>
internal static class SampleRun
{
    public const string Payload = "<script>alert(\"x\")</script> & 'quotes'";

    [Binding]
    public sealed class Steps(FakeTimeProvider clock, IScenarioAttachments attachments)
    {
        [Given("une facture de {decimal} €")]
        public void Invoice(decimal amount) => clock.Advance(TimeSpan.FromMilliseconds(250));

        [When("la demande est envoyée")]
        public void Send() => attachments.AttachJson("échange", new { request = Payload, status = 200 });

        [Then("elle est acceptée")]
        public void Accepted() => throw new InvalidOperationException("statut REFUSEE au lieu de VALIDEE");

        [Then(@"^elle est rej\w+e$")]
        public void RejectedToo() { }

        [Then("elle est rejetée")]
        public void Rejected() { }
    }

    public static async Task<TestRunResult> RunAsync()
    {
        var loader = new FeatureLoader();
        var billing = loader.Parse("""
            # language: fr
            Fonctionnalité: Facturation
              @requis
              Scénario: Demande acceptée
                Soit une facture de 12,50 €
                Quand la demande est envoyée
                Alors elle est acceptée
              Scénario: Montant manquant
                Soit une facture sans montant
              Scénario: Demande rejetée
                Soit une facture de 1 €
                Alors elle est rejetée
            """, "features/facturation.feature");
        var clockFeature = loader.Parse("""
            Feature: Clock
              Scenario: Invoice passes
                Given une facture de 3 €
            """, "features/clock.feature");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 28, 9, 0, 0, TimeSpan.Zero));
        return await Scenarios.RunAsync([.. billing.Scenarios, .. clockFeature.Scenarios], [typeof(Steps)],
            s => s.AddSingleton(clock), time: clock);
    }
}
