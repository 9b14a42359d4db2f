using AiciSandbox.Domain.Errors;

namespace AiciSandbox.Domain.Common;

/// <summary>The result of checking a request against the API's rules: a value, or the URSSAF errors to answer with.</summary>
public sealed record ApiDecision<T>(T? Value, IReadOnlyList<ApiError> Errors) where T : class
{
    public bool IsAccepted => Errors.Count == 0 && Value is not null;

    public static ApiDecision<T> Accept(T value) => new(value, []);
    public static ApiDecision<T> Reject(IReadOnlyList<ApiError> errors) => new(null, errors);
    public static ApiDecision<T> Reject(ApiError error) => new(null, [error]);
}
