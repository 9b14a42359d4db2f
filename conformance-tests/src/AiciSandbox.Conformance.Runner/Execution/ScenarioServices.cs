using System.Reflection;
using AiciSandbox.Conformance.Runner.Bindings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiciSandbox.Conformance.Runner.Execution;

/// <summary>
/// Builds the run's service provider: the user's registrations, then the runner's scenario-scoped services, the
/// binding classes and the context classes their constructors ask for (Reqnroll's context injection).
/// </summary>
/// <remarks>
/// A context class is any concrete class outside the System/Microsoft namespaces that the user did not register;
/// it becomes scoped, so one instance is shared by every binding class of a scenario and disposed at its end.
/// </remarks>
internal static class ScenarioServices
{
    public static ServiceProvider Build(BindingRegistry registry, TestRunOptions options)
    {
        var services = new ServiceCollection();
        options.ConfigureServices?.Invoke(services);
        services.TryAddSingleton(options.TimeProvider);
        services.AddScoped<ScenarioSlot>();
        services.AddScoped(sp => sp.GetRequiredService<ScenarioSlot>().Info
            ?? throw new InvalidOperationException("ScenarioInfo is only available inside a scenario."));
        services.AddScoped(sp => new ScenarioAttachments(options.TimeProvider));
        services.AddScoped<IScenarioAttachments>(sp => sp.GetRequiredService<ScenarioAttachments>());
        foreach (var type in registry.BindingTypes.Where(t => !t.IsAbstract))
            AddWithContext(services, type);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static void AddWithContext(IServiceCollection services, Type type)
    {
        if (services.Any(d => d.ServiceType == type)) return;
        services.AddScoped(type);
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        foreach (var parameter in constructor?.GetParameters() ?? [])
        {
            if (IsContextClass(parameter.ParameterType)) AddWithContext(services, parameter.ParameterType);
        }
    }

    private static bool IsContextClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
        && type != typeof(string)
        && !typeof(Delegate).IsAssignableFrom(type)
        && type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0
        && !(type.Namespace ?? "").StartsWith("System", StringComparison.Ordinal)
        && !(type.Namespace ?? "").StartsWith("Microsoft", StringComparison.Ordinal);
}
