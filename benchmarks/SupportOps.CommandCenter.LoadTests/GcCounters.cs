using System.Globalization;
using System.Runtime;

namespace SupportOps.CommandCenter.LoadTests;

/// <summary>The process's allocation and garbage-collection totals, to say how much of a phase's CPU time is the collector's.</summary>
internal readonly record struct GcCounters(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcCounters Now() => new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcCounters operator -(GcCounters after, GcCounters before) => new(
        after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    public string Describe(int events) => string.Create(
        CultureInfo.InvariantCulture,
        $"GC ({(GCSettings.IsServerGC ? "server" : "workstation")}): {AllocatedBytes / 1048576.0:N0} MB allocated = {AllocatedBytes / 1024.0 / Math.Max(1, events):N0} KB per stored event, collections gen0 {Gen0} / gen1 {Gen1} / gen2 {Gen2}, paused {Paused.TotalSeconds:F2} s");
}
