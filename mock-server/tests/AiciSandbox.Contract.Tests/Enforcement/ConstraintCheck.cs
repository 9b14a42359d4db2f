using System.Net;
using System.Text.Json.Nodes;
using CsCheck;

namespace AiciSandbox.Contract.Tests.Enforcement;

/// <summary>How one operation answers a schema refusal: what a test needs to tell « refused for this field » apart.</summary>
/// <param name="Send">Sends a request body (a clone of the valid template with the field set) and returns the answer.</param>
/// <param name="NamesField">Whether a (refusing) answer names the constraint's field.</param>
/// <param name="SchemaRefusal">The schema refusal in an answer, if it is one (null: not refused for its schema).</param>
public sealed record ContractSurface(
    Func<JsonNode, Task<HttpResponseMessage>> Send,
    Func<HttpResponseMessage, SchemaConstraint, Task<bool>> NamesField,
    Func<HttpResponseMessage, Task<string?>> SchemaRefusal)
{
    /// <summary>The URSSAF JSON surface: 400 with an array of errors; <c>ERREUR_VALIDATION</c> names the field in its description.</summary>
    public static ContractSurface UrssafJson(Func<JsonNode, Task<HttpResponseMessage>> send) => new(send,
        async (answer, c) => (await Errors(answer)).Any(e => e.Code == "ERREUR_VALIDATION"
            ? e.Description.StartsWith($"champ {c.Path} ", StringComparison.Ordinal)
            : c.Codes.Contains(e.Code)),
        async answer => (await Errors(answer)).Where(e => e.Code == "ERREUR_VALIDATION").Select(e => e.Description).FirstOrDefault());

    private static async Task<IReadOnlyList<(string Code, string Description)>> Errors(HttpResponseMessage answer)
    {
        if (answer.StatusCode != HttpStatusCode.BadRequest) return [];
        var errors = JsonNode.Parse(await answer.Content.ReadAsStringAsync()) as JsonArray ?? [];
        return [.. errors.Select(e => (e?["code"]?.GetValue<string>() ?? "", e?["description"]?.GetValue<string>() ?? ""))];
    }
}

/// <summary>
/// One constraint of the contract checked against the server: <see cref="Samples"/> requests whose field satisfies it
/// are not refused for their schema, and <see cref="Samples"/> requests whose field breaks it alone are refused naming the
/// field. No constraint of the contract is excepted: the sandbox enforces each one as written (its deliberate departures from
/// URSSAF's Swagger are in the contract itself, <c>x-intended-differences</c>, and checked by the drift tests).
/// </summary>
public static class ConstraintCheck
{
    public const int Samples = 6;

    public static async Task RunAsync(SchemaConstraint c, Func<JsonNode> template, ContractSurface surface)
    {
        var (satisfying, breaking) = ConstraintValues.For(c, At(template(), c.Pointer));
        await satisfying.SampleAsync(async value =>
        {
            var answer = await surface.Send(With(template(), c.Pointer, value));
            var refusal = await surface.SchemaRefusal(answer);
            refusal.Should().BeNull($"{c} is satisfied by {Show(value)}, the rest of the request is valid (answer {(int)answer.StatusCode})");
        }, iter: Samples, threads: 1);
        await breaking.SampleAsync(async value =>
        {
            var answer = await surface.Send(With(template(), c.Pointer, value));
            var body = await answer.Content.ReadAsStringAsync();
            answer.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{c} is broken by {Show(value)}: {body}");
            (await surface.NamesField(answer, c)).Should().BeTrue($"the refusal names {c.Path} for {Show(value)}: {body}");
        }, iter: Samples, threads: 1);
    }

    /// <summary>The node at <paramref name="pointer"/> (array items by index).</summary>
    public static JsonNode? At(JsonNode body, IReadOnlyList<string> pointer) =>
        pointer.Aggregate((JsonNode?)body, (node, key) => node is JsonArray array ? array[int.Parse(key)] : node?[key]);

    /// <summary>The body with the field set to <paramref name="value"/>, or removed when null; the whole body for an empty pointer.</summary>
    public static JsonNode With(JsonNode body, IReadOnlyList<string> pointer, JsonNode? value)
    {
        if (pointer.Count == 0) return value ?? new JsonObject();
        var parent = At(body, [.. pointer.SkipLast(1)]);
        if (parent is JsonArray array) array[int.Parse(pointer[^1])] = value;
        else if (value is null) ((JsonObject)parent!).Remove(pointer[^1]);
        else parent![pointer[^1]] = value;
        return body;
    }

    private static string Show(JsonNode? value) => value?.ToJsonString() ?? "absent";
}
