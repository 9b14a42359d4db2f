namespace AiciSandbox.Domain.Common;

/// <summary>Why a command was refused: a stable machine code and a sentence for people.</summary>
public sealed record Refusal(string Code, string Message);

/// <summary>The result of a pure decision: a new value, or a <see cref="Refusal"/>. Never both.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Refusal? refusal) => (Value, Refusal) = (value, refusal);

    public T? Value { get; }
    public Refusal? Refusal { get; }
    public bool IsAccepted => Refusal is null;

    public static Outcome<T> Accept(T value) => new(value, null);
    public static Outcome<T> Refuse(string code, string message) => new(default, new Refusal(code, message));
}
