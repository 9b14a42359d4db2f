using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AiciSandbox.Server.Docs;

/// <summary>
/// Which properties of an object schema the control API's document lists as <c>required</c>. Microsoft.AspNetCore.OpenApi
/// marks every constructor parameter of a record required, so every field of every request body came out required
/// (<c>advance</c> with <c>duration</c>, <c>to</c> and <c>next</c> together, which the API refuses). Here a property is
/// required when its type cannot hold null (the serializer omits null properties: <c>ApiJson</c>'s WhenWritingNull), or
/// when it carries <see cref="RequiredAttribute"/> — how a request record says that a nullable field must still be given
/// (<c>mode</c> of <c>POST /clock/mode</c>, <c>code</c> of a motif). Documentation only: the handlers check their bodies.
/// </summary>
internal static class RequiredFromNullability
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        var type = context.JsonTypeInfo;
        if (type.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 })
            return Task.CompletedTask;
        var required = type.Properties.Where(IsRequired).Select(p => p.Name).Where(schema.Properties.ContainsKey).ToHashSet();
        schema.Required = required.Count > 0 ? required : null;
        return Task.CompletedTask;
    }

    private static bool IsRequired(JsonPropertyInfo property)
    {
        if (property.IsRequired) return true;
        if (property.AttributeProvider is not PropertyInfo clr) return !CanBeNull(property.PropertyType);
        if (clr.GetCustomAttribute<RequiredAttribute>() is not null) return true;
        if (Nullable.GetUnderlyingType(clr.PropertyType) is not null) return false;
        return clr.PropertyType.IsValueType || Nullability.Create(clr).ReadState == NullabilityState.NotNull;
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}
