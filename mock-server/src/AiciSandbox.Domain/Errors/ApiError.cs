namespace AiciSandbox.Domain.Errors;

/// <summary>
/// One entry of the URSSAF error body: <c>{"code","message","description"}</c> (Swagger 1.29.1 <c>Erreur</c>, facts §5).
/// </summary>
public sealed record ApiError(string Code, string Message, string Description);
