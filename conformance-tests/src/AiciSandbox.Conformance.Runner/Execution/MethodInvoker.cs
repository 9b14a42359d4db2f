using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>Calls binding methods on instances from the scenario's scope, awaiting Tasks and unwrapping reflection errors.</summary>
internal static class MethodInvoker
{
    public static object? Target(MethodInfo method, Type bindingType, IServiceProvider scope) =>
        method.IsStatic ? null : scope.GetRequiredService(bindingType);

    /// <summary>Invokes and awaits; the exception thrown is the one the method threw.</summary>
    public static async Task InvokeAsync(MethodInfo method, object? target, object?[] arguments)
    {
        var returned = Invoke(method, target, arguments);
        if (returned is Task task) await task.ConfigureAwait(false);
    }

    /// <summary>Invokes a synchronous method and returns its value.</summary>
    public static object? Invoke(MethodInfo method, object? target, object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Resolves a hook's parameters from the scenario's services.</summary>
    public static object?[] ResolveParameters(MethodInfo method, IServiceProvider scope) =>
        method.GetParameters().Select(p => scope.GetRequiredService(p.ParameterType)).ToArray();
}
