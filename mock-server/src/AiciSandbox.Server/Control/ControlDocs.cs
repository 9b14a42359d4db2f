namespace AiciSandbox.Server.Control;

/// <summary>
/// How a control route describes itself in the generated OpenAPI document (<c>openapi/sandbox-control.v1.yaml</c>,
/// made by Microsoft.AspNetCore.OpenApi from the endpoints): identity and prose, body with examples, answers, and every
/// refusal with its codes. <see cref="Docs.ControlOpenApi"/> turns the metadata into the document.
/// </summary>
internal static class ControlDocs
{
    public const string Json = "application/json";

    public static RouteHandlerBuilder Doc(this RouteHandlerBuilder route, OperationDoc doc) =>
        route.WithName(doc.Id).WithSummary(doc.Summary).WithDescription(doc.Description ?? "");

    public static RouteHandlerBuilder Doc(this RouteHandlerBuilder route, string id, string summary, string? description = null) =>
        route.Doc(new OperationDoc(id, summary, description));

    /// <summary>
    /// A JSON body of type <typeparamref name="T"/>, with named examples (the first is the default). Documentation only:
    /// not <c>Accepts&lt;T&gt;</c>, whose content-type matching would answer a wrong Content-Type with an empty 415 before
    /// the handler gives its problem details.
    /// </summary>
    public static RouteHandlerBuilder Body<T>(this RouteHandlerBuilder route, bool optional, params (string Name, T Value)[] examples) where T : notnull =>
        route.WithMetadata(new BodyExamples(typeof(T), optional, examples.Select(e => (e.Name, (object)e.Value)).ToList()));

    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder route, string description, int status = StatusCodes.Status200OK) =>
        route.Produces<T>(status, Json).WithMetadata(new AnswerDoc(status, description));

    public static RouteHandlerBuilder AnswersNothing(this RouteHandlerBuilder route, string description) =>
        route.Produces(StatusCodes.Status204NoContent).WithMetadata(new AnswerDoc(StatusCodes.Status204NoContent, description));

    /// <summary>A refusal as problem details; <paramref name="codes"/> are the stable <c>code</c> values it can carry.</summary>
    public static RouteHandlerBuilder Refuses(this RouteHandlerBuilder route, int status, params string[] codes) =>
        route.ProducesProblem(status).WithMetadata(new RefusalDoc(status, codes));

    /// <summary>The refusals every control action can give: an unknown object, a move its state forbids.</summary>
    public static RouteHandlerBuilder RefusesAction(this RouteHandlerBuilder route, string unknown, params string[] forbidden) => route
        .Refuses(StatusCodes.Status404NotFound, unknown)
        .Refuses(StatusCodes.Status409Conflict, forbidden);

    public static RouteHandlerBuilder Param(this RouteHandlerBuilder route, string name, string description, object? example = null, bool required = false) =>
        route.WithMetadata(new ParamDoc(name, description, example, required));
}

/// <summary>An operation's id, summary and description.</summary>
internal sealed record OperationDoc(string Id, string Summary, string? Description = null);

internal sealed record BodyExamples(Type Type, bool Optional, IReadOnlyList<(string Name, object Value)> Examples);

internal sealed record AnswerDoc(int Status, string Description);

internal sealed record RefusalDoc(int Status, IReadOnlyList<string> Codes);

internal sealed record ParamDoc(string Name, string Description, object? Example, bool Required);
