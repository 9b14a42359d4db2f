using AiciSandbox.Conformance.SpecFlowPlugin;
using TechTalk.SpecFlow.Bindings;
using TechTalk.SpecFlow.Bindings.Discovery;
using TechTalk.SpecFlow.Plugins;
using TechTalk.SpecFlow.UnitTestProvider;

[assembly: RuntimePlugin(typeof(HostingPlugin))]

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// The runtime plugin SpecFlow loads (from <c>*.SpecFlowPlugin.dll</c> next to the tests): one run-wide
/// <see cref="HostedRun"/>, a registry builder that also registers the runner's bindings, and an invoker that runs them.
/// </summary>
public sealed class HostingPlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        runtimePluginEvents.CustomizeGlobalDependencies += (_, args) =>
        {
            args.ObjectContainer.RegisterInstanceAs(new HostedRun(PluginSettings.FromEnvironmentAndFile()));
            args.ObjectContainer.RegisterTypeAs<HostedBindingRegistryBuilder, IRuntimeBindingRegistryBuilder>();
            args.ObjectContainer.RegisterTypeAs<HostedBindingInvoker, IBindingInvoker>();
        };
    }
}
