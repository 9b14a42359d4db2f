using AiciSandbox.Conformance.Kit.Sandbox;
using AiciSandbox.Conformance.Kit.Scenarios;
using AiciSandbox.Conformance.Runner.Bindings;

namespace AiciSandbox.Conformance.Kit.Steps;

/// <summary>
/// « … est refusée avec … » : an action of the particulier or of the URSSAF agent that the sandbox must refuse (a
/// contestation after the 48 h window, a validation of a demande already validated…), checked against the code of the
/// refusal (the control API's problem <c>code</c>, e.g. <c>TRANSITION_INTERDITE</c>) instead of failing on its raw body.
/// </summary>
[Binding]
public sealed class RefusalSteps(ConformanceWorld world)
{
    [Then("la validation de la demande de la facture {string} par le particulier est refusée avec {string}")]
    public Task ValidationRefusee(string reference, string code) =>
        Refused("la validation", reference, "validation", null, code);

    [Then("la contestation de la demande de la facture {string} avec le motif {string} est refusée avec {string}")]
    public Task ContestationRefusee(string reference, string motif, string code) =>
        Refused("la contestation", reference, "contestation", new { code = motif, commentaire = "Contestation (conformité)." }, code);

    [Then("l'annulation de la demande de la facture {string} avec le motif {string} est refusée avec {string}")]
    public Task AnnulationRefusee(string reference, string motif, string code) =>
        Refused("l'annulation", reference, "annulation", new { code = motif, commentaire = "Demande motivée du prestataire (conformité)." }, code);

    private async Task Refused(string what, string reference, string action, object? body, string code)
    {
        var id = await world.IdDemandeAsync(reference);
        try
        {
            var accepted = await world.Control.OnDemandeAsync(id, action, body, world.Cancellation);
            throw new Wire.ConformanceFailure($"{what} de la demande de la facture « {reference} » devait être refusée avec {code} ; le bac à sable l'a acceptée : {accepted.ToJsonString()}");
        }
        catch (KitException e) when (e.Refusal is { } refusal)
        {
            if (refusal.Code != code)
                throw new Wire.ConformanceFailure($"{what} de la demande de la facture « {reference} » devait être refusée avec {code} ; " +
                    $"elle l'est avec {refusal.Code ?? "(aucun code)"} (HTTP {refusal.Status}) : {refusal.Detail}");
            world.Attachments.AttachText($"{what} refusée", $"HTTP {refusal.Status} {refusal.Code} — {refusal.Detail}");
        }
    }
}
