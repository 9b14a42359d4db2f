using AiciSandbox.Contract.Tests.Drift;

namespace AiciSandbox.Contract.Tests;

/// <summary>The committed Swagger is the oracle: it must stay byte-identical to the shared reference it was copied from.</summary>
public sealed class UpstreamSwaggerCopyTests
{
    [Fact]
    public void UpstreamSwaggerCopy_EqualsTheSharedReference_WhenThatFileIsPresent()
    {
        var reference = ContractFiles.SharedReferenceSwaggerPath;
        if (!File.Exists(reference)) return; // A clone without shared/ beside it has only the committed copy.

        File.ReadAllBytes(ContractFiles.OfficialSwaggerPath).Should().Equal(File.ReadAllBytes(reference),
            $"openapi/upstream must be an unmodified copy of {reference}");
    }
}
