using AiciSandbox.Conformance.SpecFlowPlugin;
using TechTalk.SpecFlow.Bindings;
using TechTalk.SpecFlow.Bindings.Discovery;
using TechTalk.SpecFlow.Infrastructure;
using TechTalk.SpecFlow.Plugins;
using TechTalk.SpecFlow.Tracing;
using TechTalk.SpecFlow.UnitTestProvider;

[assembly: RuntimePlugin(typeof(HostingPlugin))]

namespace AiciSandbox.Conformance.SpecFlowPlugin;

/// <summary>
/// The runtime plugin SpecFlow loads (from <c>*.SpecFlowPlugin.dll</c> next to the tests): one run-wide
/// <see cref="HostedRun"/>, a registry builder that also registers the runner's bindings, an invoker that runs them,
/// and the command line's French message for an undefined step (in the failure and in the test output).
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
            args.ObjectContainer.RegisterTypeAs<HostedUndefinedMessageFactory, ITestUndefinedMessageFactory>();
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, args) =>
            args.ObjectContainer.RegisterTypeAs<HostedTestTracer, ITestTracer>();
    }
}
