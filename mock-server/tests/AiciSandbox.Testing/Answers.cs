using System.Net;
using System.Text.Json.Nodes;

namespace AiciSandbox.Testing;

/// <summary>Assertions on the sandbox's answers, one per error format: URSSAF array, item errors, problem+json, RFC 6749.</summary>
public static class Answers
{
    public static async Task<JsonNode> ShouldBeOkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        return JsonNode.Parse(body)!;
    }

    /// <summary>A URSSAF error answer: <paramref name="status"/>, JSON array of well-formed <c>{code, message, description}</c>.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ShouldBeUrssafErrorsAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var errors = JsonNode.Parse(body)!.AsArray().Select(e => e!.AsObject()).ToList();
        errors.Should().NotBeEmpty();
        errors.ForEach(ShouldBeWellFormedError);
        return errors;
    }

    /// <summary>A URSSAF error answer carrying <paramref name="code"/>; returns that error.</summary>
    public static async Task<JsonObject> ShouldBeUrssafErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var errors = await response.ShouldBeUrssafErrorsAsync(status);
        return errors.Should().Contain(e => CodeOf(e) == code, $"the answer {Json(errors)} should carry {code}").Which;
    }

    /// <summary>The only error of a 400 answer is <paramref name="code"/>; returns its description.</summary>
    public static async Task<string> ShouldBeOnlyErrorAsync(this HttpResponseMessage response, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var errors = await response.ShouldBeUrssafErrorsAsync(status);
        errors.Select(CodeOf).Should().Equal([code], Json(errors));
        return errors[0]["description"]!.GetValue<string>();
    }

    /// <summary>An item rejected inside a 200 answer (D4): no idDemandePaiement, no statut, its errors; returns the errors.</summary>
    public static IReadOnlyList<JsonObject> ShouldBeRejectedItem(this JsonNode item)
    {
        item["idDemandePaiement"].Should().BeNull(item.ToJsonString());
        item["statut"].Should().BeNull(item.ToJsonString());
        var errors = item["errors"]!.AsArray().Select(e => e!.AsObject()).ToList();
        errors.Should().NotBeEmpty();
        errors.ForEach(ShouldBeWellFormedError);
        return errors;
    }

    /// <summary>The single item of a 200 transmission answer is rejected with exactly <paramref name="code"/>; returns its description.</summary>
    public static async Task<string> ShouldRejectOnlyItemWithAsync(this HttpResponseMessage response, string code)
    {
        var items = (await response.ShouldBeOkJsonAsync()).AsArray();
        items.Should().HaveCount(1);
        var errors = items[0]!.ShouldBeRejectedItem();
        errors.Select(CodeOf).Should().Equal([code], Json(errors));
        return errors[0]["description"]!.GetValue<string>();
    }

    /// <summary>An answer with the status and no body at all (gateway-style 401, 403, 404).</summary>
    public static async Task ShouldBeEmptyAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    /// <summary>A control-API error: RFC 9457 problem details with the stable <c>code</c> extension.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = JsonNode.Parse(body)!.AsObject();
        problem["code"]!.GetValue<string>().Should().Be(code);
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        problem["detail"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        return problem;
    }

    /// <summary>A token-endpoint error (RFC 6749 §5.2).</summary>
    public static async Task<JsonObject> ShouldBeOAuthErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var answer = JsonNode.Parse(body)!.AsObject();
        answer["error"]!.GetValue<string>().Should().Be(error);
        answer["error_description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        return answer;
    }

    public static string CodeOf(JsonNode error) => error["code"]!.GetValue<string>();

    public static string DescriptionOf(JsonNode error) => error["description"]!.GetValue<string>();

    /// <summary>Code, message and description are non-empty strings, and the description says more than the code.</summary>
    public static void ShouldBeWellFormedError(JsonObject error)
    {
        error.Select(p => p.Key).Should().BeEquivalentTo(["code", "message", "description"], error.ToJsonString());
        var code = error["code"]!.GetValue<string>();
        code.Should().MatchRegex("^[A-Z][A-Z0-9_]+$");
        error["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        error["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace().And.NotBe(code);
    }

    private static string Json(IEnumerable<JsonObject> errors) => new JsonArray(errors.Select(e => e.DeepClone()).ToArray()).ToJsonString();
}
