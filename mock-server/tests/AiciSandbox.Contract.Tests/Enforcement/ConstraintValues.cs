using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>
/// CsCheck generators of values for one constraint of a field: values that satisfy it and values that break it alone (the
/// value stays of the field's JSON type where it can; null stands for « the field is absent »). <c>valid</c> is the field's
/// value in a valid request, used where only one side of a constraint is to be moved.
/// </summary>
public static class ConstraintValues
{
    public static (Gen<JsonNode?> Satisfying, Gen<JsonNode?> Breaking) For(SchemaConstraint c, JsonNode? valid)
    {
        var same = Gen.Const(0).Select(_ => valid?.DeepClone());
        (Gen<JsonNode?> Satisfying, Gen<JsonNode?> Breaking) result = c.Kind switch
        {
            "required" => (same, Gen.Const(() => (JsonNode?)null)),
            "enum" => (Gen.Int[0, c.Value!.AsArray().Count - 1].Select(i => Text(c.Value!.AsArray()[i]!.GetValue<string>())),
                Gen.String[0, 8].Where(s => !c.Value!.AsArray().Any(v => v!.GetValue<string>() == s)).Select(Text)),
            "maxLength" => (Gen.Int[1, Number(c.Value!)].Select(n => Text(Cut(valid, n))),
                Gen.Int[1, 20].Select(extra => Text(Pad(valid?.GetValue<string>() ?? "A", Number(c.Value!) + extra)))),
            "minLength" => (same, Gen.Const(() => Text(""))),
            "pattern" => (same, Gen.String[1, 30].Where(s => !Regex.IsMatch(s, c.Value!.GetValue<string>())).Select(Text)),
            "format" => Format(c.Value!.GetValue<string>(), same),
            "minimum" => (Gen.Int[0, 1000].Select(d => Raw(Number(c.Value!) + d)), Gen.Int[1, 1000].Select(d => Raw(Number(c.Value!) - d))),
            "maximum" => (Gen.Int[0, 1000].Select(d => Raw(Number(c.Value!) - d)), Gen.Int[1, 1000].Select(d => Raw(Number(c.Value!) + d))),
            "minItems" => (same, Gen.Const(() => Items(valid, Number(c.Value!) - 1))),
            "maxItems" => (same, Gen.Const(() => Items(valid, Number(c.Value!) + 1))),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Kind, "unknown constraint"),
        };
        return result;
    }

    private static (Gen<JsonNode?>, Gen<JsonNode?>) Format(string format, Gen<JsonNode?> same) => format switch
    {
        // A decimal: any JSON number C#'s decimal holds, with two decimals; broken by numbers beyond its range (±7.9e28).
        "decimal" => (Gen.Long[0, 10_000_000].Select(cents => (JsonNode?)JsonValue.Create(cents / 100m)),
            Gen.Int[29, 300].Select(exponent => (JsonNode?)JsonNode.Parse($"1e{exponent}"))),
        "date-time" or "date" => (Gen.DateTime[new DateTime(1990, 1, 1), new DateTime(2099, 12, 31)]
                .Select(d => Text(d.ToString(format == "date" ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))),
            NotADate(format).Select(Text)),
        _ => (same, Gen.String[1, 12].Select(Text)),
    };

    /// <summary>Strings that are not of the format: dates that do not exist or are not ISO-8601.</summary>
    public static Gen<string> NotADate(string format) => Gen.OneOf(
        Gen.Int[13, 99].Select(m => $"1980-{m}-01T00:00:00.000Z"),
        Gen.Int[32, 99].Select(d => $"1980-01-{d}T00:00:00.000Z"),
        Gen.String[1, 12].Where(s => !DateTime.TryParse(s, CultureInfo.InvariantCulture, out _)),
        Gen.Const(() => format == "date" ? "29/03/1980" : "1980-03-29 25:00"));

    private static JsonNode? Text(string value) => JsonValue.Create(value);

    private static JsonNode? Raw(long value) => JsonValue.Create(value);

    private static int Number(JsonNode value) => int.Parse(value.ToString(), CultureInfo.InvariantCulture);

    /// <summary>The array with <paramref name="count"/> copies of its first item.</summary>
    private static JsonNode? Items(JsonNode? valid, int count) =>
        new JsonArray([.. Enumerable.Range(0, Math.Max(count, 0)).Select(_ => valid!.AsArray()[0]!.DeepClone())]);

    /// <summary>The valid value cut (or padded with its own characters) to <paramref name="length"/>.</summary>
    private static string Cut(JsonNode? valid, int length)
    {
        var text = valid?.GetValue<string>() ?? "A";
        return text.Length >= length ? text[..length] : Pad(text, length);
    }

    /// <summary>A value <paramref name="length"/> long, made of the valid value's own characters (so only its length is wrong where it can be).</summary>
    public static string Pad(string valid, int length) =>
        valid.Length >= length ? valid : valid.Insert(valid.Length / 2, new string(valid[valid.Length / 2], length - valid.Length));
}
