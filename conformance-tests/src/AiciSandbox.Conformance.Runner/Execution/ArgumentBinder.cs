using System.Reflection;
using AiciSandbox.Conformance.Runner.Bindings;
using AiciSandbox.Conformance.Runner.Expressions;
using AiciSandbox.Conformance.Runner.Matching;
using AiciSandbox.Conformance.Runner.Pickles;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// Turns the texts captured from a step (and its table or doc string) into the arguments of its step method:
/// named transformation, else a transformation of the parameter's type that matches, else <see cref="ValueConverter"/>.
/// </summary>
internal sealed class ArgumentBinder(BindingRegistry registry, IServiceProvider scope)
{
    private const int MaxTransformationDepth = 8;

    /// <exception cref="StepArgumentException">A value cannot be converted; the message names the parameter.</exception>
    public object?[] Bind(StepMatch match, ScenarioStep step)
    {
        var binding = match.Binding!;
        var parameters = binding.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < match.Arguments.Count; i++)
        {
            var declared = binding.Expression.Parameters[i];
            var text = declared.IsQuotedString ? BuiltInParameterTypes.Unquote(match.Arguments[i]) : match.Arguments[i];
            var named = declared.TypeName is null ? null : registry.NamedTransformation(declared.TypeName);
            arguments[i] = Describe(binding, parameters[i], text, () => named is not null
                ? Apply(named, text, 0)
                : Convert(text, parameters[i].ParameterType, 0));
        }
        if (parameters.Length > match.Arguments.Count)
        {
            var last = parameters[^1];
            arguments[^1] = Describe(binding, last, step.DocString?.Content ?? "(data table)", () => StepArgument(step, last.ParameterType));
        }
        return arguments;
    }

    private object? StepArgument(ScenarioStep step, Type target)
    {
        if (step.DocString is { } doc) return Convert(doc.Content, target, 0);
        var table = DataTable.From(step.DataTable!);
        if (target.IsAssignableFrom(typeof(DataTable))) return table;
        var transform = registry.Transformations.FirstOrDefault(t => t.ConvertsTable && Produces(t, target))
            ?? throw new StepArgumentException($"no [StepArgumentTransformation] turns a DataTable into {target.Name}.");
        return MethodInvoker.Invoke(transform.Method, MethodInvoker.Target(transform.Method, transform.BindingType, scope), [table]);
    }

    private object? Convert(string text, Type target, int depth)
    {
        if (depth < MaxTransformationDepth)
        {
            foreach (var transform in registry.Transformations.Where(t => !t.ConvertsTable && Produces(t, target)))
            {
                if (transform.Match(text) is not null) return Apply(transform, text, depth);
            }
        }
        return ValueConverter.TryConvert(text, target, out var value, out var error)
            ? value
            : throw new StepArgumentException(error ?? $"cannot convert to {target.Name}.");
    }

    private object? Apply(TransformBinding transform, string text, int depth)
    {
        var texts = transform.Match(text)
            ?? throw new StepArgumentException($"'{text}' does not match {{{transform.Name}}} ({transform.Source}).");
        var parameters = transform.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            try
            {
                var inner = parameters[i].ParameterType == transform.ReturnType ? MaxTransformationDepth : depth + 1;
                arguments[i] = Convert(texts[i], parameters[i].ParameterType, inner);
            }
            catch (StepArgumentException e)
            {
                throw new StepArgumentException(
                    $"the transformation {transform.DisplayName} cannot convert '{texts[i]}' to {parameters[i].ParameterType.Name}: {e.Message}");
            }
        }
        try
        {
            return MethodInvoker.Invoke(transform.Method, MethodInvoker.Target(transform.Method, transform.BindingType, scope), arguments);
        }
        catch (Exception e) when (e is not StepArgumentException)
        {
            throw new StepArgumentException($"the transformation {transform.DisplayName} failed on '{text}': {e.Message}", e);
        }
    }

    private static bool Produces(TransformBinding transform, Type target) =>
        transform.ReturnType == (Nullable.GetUnderlyingType(target) ?? target);

    private static object? Describe(StepBinding binding, ParameterInfo parameter, string text, Func<object?> convert)
    {
        try
        {
            return convert();
        }
        catch (StepArgumentException e)
        {
            throw new StepArgumentException(
                $"Cannot convert '{text}' to {parameter.ParameterType.Name} for parameter '{parameter.Name}' of {binding.Name}: {e.Message}",
                e.InnerException);
        }
    }
}
