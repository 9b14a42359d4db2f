using System.Runtime;
using AiciSandbox.Server.Simulation;

namespace AiciSandbox.Server.Tests.Simulation;

/// <summary>
/// The region without collections of a run over a large world (<see cref="NoGcRegion"/>). It is the whole process's, so these
/// tests run alone, after the others: a parallel test allocating meanwhile would draw on the region's budget.
/// </summary>
[Collection(NoGcRegionTests.Alone)]
public sealed class NoGcRegionTests
{
    public const string Alone = "runs alone: a region without collections is the process's";

    [Fact]
    public void ASmallWorld_GetsNoRegion()
    {
        using var region = NoGcRegion.For(NoGcRegion.MinDemandes - 1);

        region.Active.Should().BeFalse();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void ALargeWorld_HoldsCollectionsOffUntilTheRunEnds()
    {
        using (var region = NoGcRegion.For(10_000))
        {
            region.Active.Should().BeTrue();
            GCSettings.LatencyMode.Should().Be(GCLatencyMode.NoGCRegion);
            var collected = GC.CollectionCount(0);
            // what a run keeps alive until its commit: 40 MB in small objects, all reachable
            var kept = Enumerable.Range(0, 40_000).Select(i => new byte[1_000]).ToList();
            GC.CollectionCount(0).Should().Be(collected, "no collection happens inside the region");
            kept.Should().HaveCount(40_000);
        }

        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void ASecondRunWhileOneHoldsARegion_GoesWithout_AndTheFirstStillEnds()
    {
        using var first = NoGcRegion.For(10_000);
        using (var second = NoGcRegion.For(10_000))
        {
            first.Active.Should().BeTrue();
            second.Active.Should().BeFalse();
        }

        GCSettings.LatencyMode.Should().Be(GCLatencyMode.NoGCRegion, "the second run's end leaves the first one's region alone");
        first.Dispose();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }

    [Fact]
    public void ARegionWhoseBudgetRanOut_EndsWithoutError()
    {
        var region = NoGcRegion.For(NoGcRegion.MinDemandes);
        region.Active.Should().BeTrue();
        GC.Collect(); // what exceeding the budget does: a collection, which ends the region

        region.Invoking(r => r.Dispose()).Should().NotThrow();
        GCSettings.LatencyMode.Should().NotBe(GCLatencyMode.NoGCRegion);
    }
}

[CollectionDefinition(NoGcRegionTests.Alone, DisableParallelization = true)]
public sealed class NoGcRegionCollection;
