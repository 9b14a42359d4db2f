using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AiciSandbox.Conformance.Runner.Expressions;
using AiciSandbox.Conformance.Runner.Tags;

namespace AiciSandbox.Conformance.Runner.Bindings;

/// <summary>Finds the bindings of a set of classes by reflection and checks Reqnroll's method rules.</summary>
internal sealed class BindingScanner
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
    private readonly List<string> _problems = [];

    public static BindingRegistry Scan(IEnumerable<Type> candidates)
    {
        var scanner = new BindingScanner();
        var types = candidates.Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        foreach (var type in types.Where(t => !t.IsDefined(typeof(BindingAttribute), false)))
            scanner._problems.Add($"{type.Name} is not marked [Binding].");
        var methods = types.SelectMany(t => t.GetMethods(Public).Where(m => m.DeclaringType != typeof(object))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.MetadataToken).Select(m => (Type: t, Method: m))).ToArray();

        var transformations = methods
            .SelectMany(m => m.Method.GetCustomAttributes<StepArgumentTransformationAttribute>().Select(a => scanner.Transform(m.Type, m.Method, a)))
            .OfType<TransformBinding>().OrderBy(t => t.Order).ToArray();
        scanner.CheckNames(transformations);
        var steps = methods
            .SelectMany(m => m.Method.GetCustomAttributes<StepDefinitionBaseAttribute>().Select(a => scanner.Step(m.Type, m.Method, a, transformations)))
            .OfType<StepBinding>().ToArray();
        var hooks = methods
            .SelectMany(m => m.Method.GetCustomAttributes<HookAttribute>().Select(a => scanner.Hook(m.Type, m.Method, a)))
            .OfType<HookBinding>().OrderBy(h => h.Order).ThenBy(h => h.BindingType.FullName, StringComparer.Ordinal)
            .ThenBy(h => h.Method.Name, StringComparer.Ordinal).ToArray();

        if (scanner._problems.Count > 0) throw new BindingException(scanner._problems);
        return new BindingRegistry(types, steps, transformations, hooks);
    }

    private StepBinding? Step(Type type, MethodInfo method, StepDefinitionBaseAttribute attribute, IReadOnlyList<TransformBinding> transformations)
    {
        var where = $"{type.Name}.{method.Name} [{attribute.Expression}]";
        if (!CheckSignature(method, where)) return null;
        var parameters = method.GetParameters();
        StepExpression expression;
        try
        {
            expression = StepExpression.Create(attribute.Expression, (name, position) =>
                transformations.FirstOrDefault(t => t.Name == name)?.Fragment ?? EnumFragment(name, parameters.ElementAtOrDefault(position)));
        }
        catch (ExpressionException e)
        {
            _problems.Add($"{where}: {e.Message}");
            return null;
        }
        var captured = expression.Parameters.Count;
        if (parameters.Length != captured && parameters.Length != captured + 1)
            _problems.Add($"{where}: the method has {parameters.Length} parameter(s) but the expression captures {captured} " +
                "(one more is allowed for a trailing DataTable or doc string).");
        foreach (var (parameter, index) in expression.Parameters.Select((p, i) => (p, i)).Where(p => p.i < parameters.Length))
        {
            var named = parameter.TypeName is { } name && !BuiltInParameterTypes.Patterns.ContainsKey(name)
                ? transformations.FirstOrDefault(t => t.Name == name)
                : null;
            if (named is not null && !parameters[index].ParameterType.IsAssignableFrom(named.ReturnType))
                _problems.Add($"{where}: {{{named.Name}}} produces {named.ReturnType.Name}, not {parameters[index].ParameterType.Name}.");
        }
        return new StepBinding(type, method, attribute.Types, expression);
    }

    private TransformBinding? Transform(Type type, MethodInfo method, StepArgumentTransformationAttribute attribute)
    {
        var where = $"{type.Name}.{method.Name} [StepArgumentTransformation]";
        if (method.ReturnType == typeof(void) || typeof(Task).IsAssignableFrom(method.ReturnType) || method.IsGenericMethodDefinition)
        {
            _problems.Add($"{where}: a transformation returns the value it produces (not void, not a Task, not generic).");
            return null;
        }
        Regex? regex = null;
        try
        {
            if (attribute.Regex is not null)
                regex = new Regex("^(?:" + attribute.Regex.TrimStart('^').TrimEnd('$') + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            _problems.Add($"{where}: invalid regex: {e.Message}");
            return null;
        }
        var binding = new TransformBinding(type, method, attribute, regex);
        var takes = method.GetParameters().Length;
        if (!binding.ConvertsTable && takes != binding.ArgumentCount && !(binding.ArgumentCount == 1 && takes == 0))
            _problems.Add($"{where}: takes {takes} parameter(s) but its regex yields {binding.ArgumentCount}.");
        return binding;
    }

    private HookBinding? Hook(Type type, MethodInfo method, HookAttribute attribute)
    {
        var where = $"{type.Name}.{method.Name} [{attribute.Kind}]";
        if (!CheckSignature(method, where)) return null;
        if (attribute.Kind is HookKind.BeforeTestRun or HookKind.AfterTestRun && (!method.IsStatic || method.GetParameters().Length > 0))
        {
            _problems.Add($"{where}: a test-run hook must be static and parameterless.");
            return null;
        }
        try
        {
            return new HookBinding(type, method, attribute, attribute.Tags.Select(TagExpression.Parse).ToArray());
        }
        catch (TagExpressionException e)
        {
            _problems.Add($"{where}: {e.Message}");
            return null;
        }
    }

    private bool CheckSignature(MethodInfo method, string where)
    {
        var problem = method.ReturnType != typeof(void) && method.ReturnType != typeof(Task) ? "must return void or Task"
            : method.ReturnType == typeof(void) && method.IsDefined(typeof(AsyncStateMachineAttribute)) ? "is async void; return Task so it can be awaited"
            : method.IsGenericMethodDefinition ? "cannot be generic"
            : method.GetParameters().Any(p => p.ParameterType.IsByRef || p.IsOut) ? "cannot have out or ref parameters"
            : method.GetParameters().Any(p => p.IsOptional) ? "cannot have optional parameters"
            : null;
        if (problem is not null) _problems.Add($"{where}: the method {problem}.");
        return problem is null;
    }

    private void CheckNames(IEnumerable<TransformBinding> transformations)
    {
        foreach (var group in transformations.Where(t => t.Name is not null).GroupBy(t => t.Name!))
        {
            if (BuiltInParameterTypes.Patterns.ContainsKey(group.Key))
                _problems.Add($"{group.First().DisplayName}: {{{group.Key}}} is a built-in parameter type.");
            if (group.Count() > 1)
                _problems.Add($"{{{group.Key}}} is declared by {string.Join(" and ", group.Select(t => t.DisplayName))}.");
        }
    }

    /// <summary>An enum parameter named by its type (<c>{Color}</c> for a <c>Color</c> parameter) matches its member names.</summary>
    private static string? EnumFragment(string name, ParameterInfo? parameter)
    {
        var type = parameter is null ? null : Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type is { IsEnum: true } && type.Name == name
            ? "(?i:" + string.Join('|', Enum.GetNames(type).OrderByDescending(n => n.Length).Select(Regex.Escape)) + ")"
            : null;
    }
}
