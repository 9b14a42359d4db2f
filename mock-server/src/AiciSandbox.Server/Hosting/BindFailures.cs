using System.Globalization;
using System.Reflection;

namespace AiciSandbox.Server.Hosting;

/// <summary>
/// A query parameter that does not bind (<c>?limit=abc</c>, <c>?after=</c> beyond Int64): ASP.NET sets 400 and skips the
/// handler, with an empty body. This filter, placed after the token check (so the answer carries the tenant's now and is
/// journaled), answers instead in the surface's format, naming the parameter (issue 12, item 4).
/// </summary>
internal static class BindFailures
{
    public static RouteGroupBuilder AnswerBindFailures(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            return http.Response.StatusCode == StatusCodes.Status400BadRequest && !http.Response.HasStarted
                ? ErrorSurface.Answer(http, StatusCodes.Status400BadRequest, Describe(http))
                : await next(context);
        });

    /// <summary>Which query parameter of the handler has a value its type cannot hold.</summary>
    private static string Describe(HttpContext http)
    {
        var handler = http.GetEndpoint()?.Metadata.OfType<MethodInfo>().FirstOrDefault();
        foreach (var parameter in handler?.GetParameters() ?? [])
        {
            if (parameter.Name is not { } name || !http.Request.Query.TryGetValue(name, out var values)) continue;
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var value = values.ToString();
            var (fits, expected) = type switch
            {
                _ when type == typeof(int) => (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), $"un entier entre {int.MinValue} et {int.MaxValue}"),
                _ when type == typeof(long) => (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), $"un entier entre {long.MinValue} et {long.MaxValue}"),
                _ when type == typeof(bool) => (bool.TryParse(value, out _), "true ou false"),
                _ => (true, ""),
            };
            if (!fits) return $"paramètre {name} « {(value.Length > 40 ? value[..40] + "…" : value)} » : {expected} attendu.";
        }
        return "un paramètre de la requête est invalide.";
    }
}
