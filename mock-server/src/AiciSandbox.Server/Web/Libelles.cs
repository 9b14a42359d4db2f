namespace AiciSandbox.Server.Web;

/// <summary>The engine's triggers and actions as the pages name them, in French.</summary>
public static class Libelles
{
    private static readonly Dictionary<string, string> Triggers = new(StringComparer.Ordinal)
    {
        ["NotifyParticulier"] = "notification du particulier (passage en 20, en attente de validation)",
        ["ValidateByParticulier"] = "validation par le particulier (30)",
        ["ContestByParticulier"] = "contestation par le particulier (40)",
        ["AutoValidate"] = "validation automatique après 48 h (30)",
        ["Debit"] = "prélèvement du reste à charge (50)",
        ["RejectDebit"] = "rejet du prélèvement, impayé (60)",
        ["PayProvider"] = "virement au prestataire (70)",
        ["RegulariseImpaye"] = "régularisation de l'impayé",
        ["RecoverFromProvider"] = "recouvrement auprès du prestataire (120)",
        ["Cancel"] = "annulation par un agent Urssaf",
        ["Activate"] = "activation du compte",
        ["AcceptAppareillage"] = "appareillage accepté",
        ["RefuseAppareillage"] = "appareillage refusé",
        ["Block"] = "compte bloqué (impayé)",
        ["Unblock"] = "compte débloqué",
        ["ExpireMandate"] = "mandat SEPA échu",
        ["RenewMandate"] = "mandat SEPA renouvelé",
    };

    public static string Trigger(string trigger) => Triggers.GetValueOrDefault(trigger, trigger);
}
