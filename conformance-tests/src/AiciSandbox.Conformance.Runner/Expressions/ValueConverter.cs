using System.ComponentModel;
using System.Globalization;

namespace AiciSandbox.Conformance.Runner.Expressions;

/// <summary>
/// Converts the text captured for a step parameter to the .NET type the step method asks for, with the invariant culture.
/// </summary>
/// <remarks>
/// Numbers use the invariant culture; a <c>decimal</c> also accepts a comma as decimal separator (<c>12,50</c>).
/// Enums accept their member names, case-insensitively, never numbers. Other types go through their
/// <see cref="TypeConverter"/> (Guid, DateOnly, TimeSpan, bool, …). Pure and thread-safe.
/// </remarks>
public static class ValueConverter
{
    /// <summary>Converts <paramref name="text"/>, or explains why it cannot be converted.</summary>
    public static bool TryConvert(string text, Type target, out object? value, out string? error)
    {
        value = null;
        error = null;
        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null && text.Length == 0) return true;
        var type = underlying ?? target;
        try
        {
            value = Convert(text, type);
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or NotSupportedException)
        {
            error = e.Message;
            return false;
        }
    }

    private static object Convert(string text, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (type == typeof(string) || type == typeof(object)) return text;
        if (type == typeof(int)) return int.Parse(text, NumberStyles.Integer, invariant);
        if (type == typeof(long)) return long.Parse(text, NumberStyles.Integer, invariant);
        if (type == typeof(short)) return short.Parse(text, NumberStyles.Integer, invariant);
        if (type == typeof(byte)) return byte.Parse(text, NumberStyles.Integer, invariant);
        if (type == typeof(decimal)) return decimal.Parse(FrenchFriendly(text), NumberStyles.Number, invariant);
        if (type == typeof(double)) return double.Parse(text, NumberStyles.Float, invariant);
        if (type == typeof(float)) return float.Parse(text, NumberStyles.Float, invariant);
        if (type == typeof(bool)) return bool.Parse(text);
        if (type.IsEnum) return ParseEnum(text, type);
        var converter = TypeDescriptor.GetConverter(type);
        if (converter.GetType() == typeof(TypeConverter) || !converter.CanConvertFrom(typeof(string)))
            throw new NotSupportedException($"No conversion from text to {type.Name}; add a [StepArgumentTransformation].");
        return converter.ConvertFromInvariantString(text)
            ?? throw new FormatException($"'{text}' converts to nothing.");
    }

    /// <summary>"12,50" → "12.50"; a text that already has a dot is left alone, so "1,234.50" still means 1234.50.</summary>
    private static string FrenchFriendly(string text) =>
        text.Contains(',') && !text.Contains('.') && text.Count(c => c == ',') == 1 ? text.Replace(',', '.') : text;

    private static object ParseEnum(string text, Type type)
    {
        var name = Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse(type, name)
            : throw new FormatException($"'{text}' is not one of {type.Name}: {string.Join(", ", Enum.GetNames(type))}.");
    }
}
