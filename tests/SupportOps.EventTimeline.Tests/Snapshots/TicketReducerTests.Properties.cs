using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Snapshots;

public sealed partial class TicketReducerTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Reduce_PrefixThenRest_Meets_Specification(StreamWithSplit input)
    {
        var (stream, split) = input;
        var empty = TicketSnapshot.Empty("T-1");

        var onePass = TicketReducer.Reduce(empty, stream);
        var prefix = TicketReducer.Reduce(empty, stream.AsSpan(0, split));
        var sut = TicketReducer.Reduce(prefix, stream.AsSpan(split));

        Assert.Equal(onePass, sut);
        Assert.Empty(TicketReducer.Compare(onePass, sut));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Rebuild_UpToVersionK_Meets_Specification(StreamWithSplit input)
    {
        var (stream, k) = input;

        var sut = TicketReducer.Rebuild("T-1", stream, upToVersion: k);

        Assert.Equal(TicketReducer.Reduce(TicketSnapshot.Empty("T-1"), stream.Take(k)), sut);
        Assert.Equal(k, sut.Version);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void DetectDrift_FaithfulSnapshot_Meets_Specification(StreamWithSplit input)
    {
        var (stream, k) = input;
        var stored = TicketReducer.Rebuild("T-1", stream, upToVersion: k);

        var sut = TicketReducer.DetectDrift(stored, stream);

        Assert.Empty(sut);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void DetectDrift_InjectedDifference_Meets_Specification(StreamWithSplit input)
    {
        var (stream, k) = input;
        var faithful = TicketReducer.Rebuild("T-1", stream, upToVersion: k);
        var stored = faithful with
        {
            ReopenCount = faithful.ReopenCount + 1,
            Tags = faithful.Tags.Add("injected"),
            Status = faithful.Status == TicketStatus.Open ? TicketStatus.Solved : TicketStatus.Open,
        };

        var sut = TicketReducer.DetectDrift(stored, stream);

        Assert.Equal(["Status", "Tags", "ReopenCount"], sut.Select(drift => drift.Field));
        var reopen = sut[2];
        Assert.Equal((stored.ReopenCount.ToString(System.Globalization.CultureInfo.InvariantCulture), faithful.ReopenCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), (reopen.StoredValue, reopen.RebuiltValue));
        Assert.Contains("injected", sut[1].StoredValue, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectDrift_ChangedInstantAndDecision_ReportsReadableValues()
    {
        var decided = new RoutingDecided { DecisionId = "d-1", PolicyVersion = "1", TargetKind = RoutingTargetKind.Queue, TargetId = "billing", InputsHash = "h" };
        var stream = Samples.Stream("T-1", Samples.Created(), decided);
        var faithful = TicketReducer.Rebuild("T-1", stream);
        var stored = faithful with { CreatedAt = null, LastRoutingDecision = decided with { TargetId = "sales" } };

        var sut = TicketReducer.DetectDrift(stored, stream);

        Assert.Equal<SnapshotDrift>(
            [new SnapshotDrift("CreatedAt", null, "2026-03-08T06:31:00Z"), new SnapshotDrift("LastRoutingDecision", "d-1 -> Queue sales", "d-1 -> Queue billing")],
            sut);
    }

    /// <summary>A generated stream and a split point 0..n.</summary>
    public sealed record StreamWithSplit(EventEnvelope[] Stream, int Split)
    {
        public override string ToString() => $"split {Split} of [{string.Join(", ", Stream.Select(envelope => envelope.Event.WireName))}]";
    }

    public static class Arbitraries
    {
        public static Arbitrary<StreamWithSplit> StreamWithSplit() =>
            (from stream in TimelineGen.Stream
             from split in Gen.Choose(0, stream.Length)
             select new StreamWithSplit(stream, split)).ToArbitrary();
    }
}
