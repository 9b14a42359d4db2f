using System.Text.RegularExpressions;

namespace AiciSandbox.Domain.Validation;

/// <summary>
/// The field patterns of the official Swagger 1.29.1 (and 1.30.x where decisions say so), compiled for .NET.
/// </summary>
/// <remarks>
/// The Swagger patterns are Java regular expressions applied with <c>Matcher.matches()</c> (whole-string match), so each
/// one is wrapped as <c>^(?:…)\z</c> (not <c>$</c>, which .NET also matches before a final line feed); Java's <c>\pL</c> is
/// .NET's <c>\p{L}</c>. Patterns whose Java form backtracks badly on hostile input (<c>(…*)+</c>) run on the
/// non-backtracking engine, which gives the same answers in linear time.
/// </remarks>
public static class ApiPatterns
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private const RegexOptions Plain = RegexOptions.CultureInvariant;

    public static readonly ApiPattern Nom = new(@"^[\p{L}]+(([\p{L}'\- ])*)+([\p{L}])|(^[\p{L}])$", Linear);
    public static readonly ApiPattern Prenoms = new(@"^[\p{L}]+(['\-]*[\p{L}]+)*((\ ){1}[\p{L}]+(['\-]*[\p{L}]+)*)*$", Linear);
    public static readonly ApiPattern TelephonePortable = new(@"^(0|\+33)[6-7]([0-9]{2}){4}$", Linear);
    public static readonly ApiPattern AdresseMail = new(@"^[-A-Za-z0-9_]+(\.[-A-Za-z0-9_]+)*@[A-Za-z0-9]+((-|\.)[A-Za-z0-9]+)*\.[A-Za-z]+$", Linear);
    public static readonly ApiPattern CodePays = new(@"^[0-9]{5}$", Linear);
    public static readonly ApiPattern DepartementNaissance = new(@"^[09][0-9][0-9abAB]$", Linear);
    public static readonly ApiPattern CodeCommuneNaissance = new(@"^[0-9]{3}$", Linear);
    public static readonly ApiPattern CodeCommuneInseeNaissance = new(@"^[0-9][0-9abAB][0-9]{3}$", Linear);
    public static readonly ApiPattern NumeroVoie = new(@"^(?!^0$)([0-9]){0,20}$", Plain);
    public static readonly ApiPattern CodeTypeVoie = new(@"^([0-9A-Za-z]){0,4}$", Linear);
    public static readonly ApiPattern CodeCommune = new(@"^[0-9][0-9a-bA-B][0-9]{3}$", Linear);
    public static readonly ApiPattern CodePostal = new(@"^[0-9]{5}$", Linear);
    public static readonly ApiPattern Bic = new(@"^[a-zA-Z]{6}[0-9a-zA-Z]{2}([0-9a-zA-Z]{3})?$", Linear);
    public static readonly ApiPattern Iban = new(@"^[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{4}[0-9]{7}([a-zA-Z0-9]?){0,16}$", Linear);
    public static readonly ApiPattern NumeroIntervenant = new(@"^(SAP[0-9]{9}|SIR[0-9]{14})$", Linear);
    public static readonly ApiPattern CodeActivite = new(@"^[0-9]{2,3}A[0-9]{3}$", Linear);
}

/// <summary>A Swagger pattern: its text as published, and a whole-string matcher.</summary>
public sealed class ApiPattern(string published, RegexOptions options)
{
    private readonly Regex regex = new($"^(?:{published})\\z", options, TimeSpan.FromMilliseconds(250));

    /// <summary>The pattern as the contract publishes it (with .NET's <c>\p{L}</c> for Java's <c>\pL</c>).</summary>
    public string Published { get; } = published;

    /// <summary>Whole-string match; input so hostile that it exceeds the match timeout counts as not matching.</summary>
    public bool Matches(string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
