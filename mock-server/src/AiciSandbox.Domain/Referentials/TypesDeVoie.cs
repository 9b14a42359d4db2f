namespace AiciSandbox.Domain.Referentials;

/// <summary>
/// The URSSAF referential of <c>codeTypeVoie</c> (the French "type de voie" nomenclature published in the API documentation
/// annex; facts §3.1). An unknown code gives <c>ERR_CONTACT_ADRESSE_TYPE_VOIE</c>.
/// </summary>
public static class TypesDeVoie
{
    private static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "AV", "BAT", "BD", "C", "CAN", "CAS", "CAV", "CEI", "CEL", "CEN", "CGE", "CH", "CHA", "CHE", "CHN", "CHP",
        "CHS", "CHT", "CHV", "CI", "CIM", "CIN", "CL", "CLB", "CLI", "CLL", "CLO", "CN", "CO", "COE", "COG", "COL", "COM",
        "COR", "COT", "COU", "CRO", "CRX", "CTE", "CUR", "DEG", "DEP", "DES", "DIG", "DOM", "DON", "ECA", "ECL", "ECO",
        "ECV", "EGL", "EMP", "EN", "ENC", "ENT", "ESC", "ESP", "ETA", "ETG", "FAC", "FCU", "FER", "FG", "FOL", "FON",
        "FOR", "FOS", "FOY", "FRI", "FT", "GA", "GAL", "GDI", "GED", "GEN", "GGE", "GLA", "GPE", "GR", "GRI", "GRN",
        "GRP", "GSC", "GUE", "HA", "HAL", "HAM", "HCE", "HIP", "HLM", "HOP", "HOT", "HUT", "ILE", "ILO", "IMB", "IMP",
        "INS", "ISP", "JAR", "JET", "JUS", "LD", "LEV", "LOT", "LYC", "MA", "MAG", "MAI", "MAN", "MAR", "MAS", "MAT",
        "MET", "MF", "MG", "ML", "MOU", "MRI", "MTE", "MUS", "NTE", "OBS", "OCT", "PA", "PAE", "PAL", "PAR", "PAS",
        "PAT", "PAV", "PBY", "PCE", "PER", "PHA", "PIE", "PIM", "PKG", "PL", "PLA", "PLC", "PLE", "PLT", "PLY", "PO",
        "POI", "POR", "POT", "POU", "PPA", "PR", "PRA", "PRE", "PRO", "PRQ", "PRT", "PRU", "PT", "PTE", "Q", "QU", "R",
        "RAC", "RAM", "REM", "RES", "RNT", "ROC", "ROQ", "ROT", "ROU", "RP", "RTE", "RUL", "SAN", "SAP", "SAS", "SCE",
        "SEC", "SEM", "SEN", "SNT", "SOC", "SQ", "STA", "STN", "STO", "TE", "TEA", "TEN", "TER", "THE", "TOU", "TP",
        "TRA", "TRG", "TRI", "TUI", "USI", "VAL", "VCH", "VEL", "VEN", "VGE", "VIA", "VIL", "VLA", "VLE", "VNO", "VO",
        "VON", "VOY", "ZAC", "ZI", "ZUP",
    };

    public static bool IsKnown(string code) => Codes.Contains(code);
}
