using System.Text;
using AiciSandbox.Domain.PaymentRequests;

namespace AiciSandbox.Conformance.Kit.Cli;

/// <summary>
/// The codes QA writes in steps — motives of contestation and annulation, statuses of a demande — taken from the
/// sandbox's domain (<see cref="MotifsRejet"/>, <see cref="DemandeStatus"/>), so the catalogue cannot drift from them.
/// </summary>
public static class DomainCodes
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("## Codes à écrire dans les étapes");
        text.AppendLine();
        text.AppendLine("Motifs du particulier qui conteste (« le particulier conteste … avec le motif … », facts §6) :");
        text.AppendLine();
        Table(text, MotifsRejet.Contestation);
        text.AppendLine();
        text.AppendLine("Motifs de l'agent URSSAF qui annule (« l'URSSAF annule … avec le motif … », CGU art. 4.5.6) :");
        text.AppendLine();
        Table(text, MotifsRejet.Annulation);
        text.AppendLine();
        text.AppendLine("Statuts d'une demande de paiement (« … au statut … », facts §4.1) :");
        text.AppendLine();
        Table(text, Enum.GetValues<DemandeStatus>().ToDictionary(s => s.Code(), s => s.Libelle()));
        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyDictionary<string, string> codes)
    {
        text.AppendLine("| code | libellé |");
        text.AppendLine("|---|---|");
        foreach (var (code, label) in codes) text.AppendLine($"| `{code}` | {label} |");
    }
}
