using AiciSandbox.Storage.Tests.PostgreSql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace AiciSandbox.Storage.Tests.Support;

/// <summary>
/// A fact of the store contract. It runs on every provider, except that the tests of the PostgreSQL collection are skipped
/// (with the reason shown) when <c>AICISANDBOX_SKIP_POSTGRES=1</c>. Without that variable a missing PostgreSQL fails them.
/// </summary>
[XunitTestCaseDiscoverer("AiciSandbox.Storage.Tests.Support.StorageFactDiscoverer", "AiciSandbox.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;

/// <summary>Discovers a <see cref="StorageFactAttribute"/> as a normal fact, or as a skipped one on PostgreSQL when asked.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer facts = new(diagnostics);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute) =>
        PostgresAvailability.SkipReason is { } reason && method.TestClass.TestCollection.DisplayName == PostgresCollection.Name
            ? [new SkippedTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason)]
            : facts.Discover(options, method, attribute);
}

/// <summary>A test case that is reported as skipped with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string reason = "";

    [Obsolete("Called by the de-serializer only.")]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string reason)
        : base(diagnostics, display, displayOptions, method) => this.reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue(nameof(reason), reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>(nameof(reason));
        base.Deserialize(data);
    }
}
