using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.Analytics.Metrics;
using SupportOps.Analytics.Reports;
using SupportOps.Analytics.Tests.Support;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Analytics.Tests;

public sealed partial class SupportAnalyticsTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 25)]
    public void Compute_SlaAttainmentCounts_AddUpToTheCyclesInScope_Meets_Specification(int seed)
    {
        var tickets = RandomTickets.Generate(seed, 40, withSla: true);

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd);

        foreach (var overall in sut.SlaAttainment.Where(r => r.Dimension == AnalyticsDimension.Overall))
        {
            foreach (var dimension in (AnalyticsDimension[])[AnalyticsDimension.Queue, AnalyticsDimension.Priority, AnalyticsDimension.Channel])
            {
                var rows = sut.SlaAttainment.Where(r => r.Timer == overall.Timer && r.Dimension == dimension).ToList();
                Assert.Equal(overall.Met, rows.Sum(r => r.Met));
                Assert.Equal(overall.Breached, rows.Sum(r => r.Breached));
                Assert.Equal(overall.Running, rows.Sum(r => r.Running));
            }
        }

        // First response has one cycle per ticket: over a period that covers every ticket's whole life,
        // every ticket with a first-response cycle that was not cancelled is in scope exactly once.
        var all = new AnalyticsPeriod(Fixtures.Week.Start - NodaTime.Duration.FromDays(60), Fixtures.WeekEnd, Fixtures.Calendar);
        var whole = SupportAnalytics.Compute(tickets, all, Fixtures.WeekEnd);
        var expected = tickets.Count(t => t.Sla?.Timer(SupportOps.SlaEngine.Timers.SlaTimerKind.FirstResponse)?.Current is { } c
            && (c.IsBreached || c.Status != SupportOps.SlaEngine.Timers.SlaCycleStatus.Cancelled));
        Assert.Equal(expected, whole.Attainment(SupportOps.SlaEngine.Timers.SlaTimerKind.FirstResponse)?.InScope ?? 0);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 25)]
    public void Compute_Workload_NeverCountsATicketTwice_Meets_Specification(int seed)
    {
        var tickets = RandomTickets.Generate(seed, 40, withSla: false);

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd);

        var assignedOpen = tickets.Count(t =>
        {
            var snapshot = SupportOps.EventTimeline.Snapshots.TicketReducer.Rebuild(t.TicketId, t.Events.Where(e => e.OccurredAt < Fixtures.WeekEnd).ToList());
            return snapshot.CreatedAt is not null && snapshot.Assignee is not null && snapshot.Status is not (TicketStatus.Solved or TicketStatus.Closed);
        });
        Assert.Equal(assignedOpen, sut.Workload.Sum(w => w.OpenAssigned));
        Assert.True(sut.Workload.Sum(w => w.OpenAssigned) <= sut.Backlog.OpenAtEnd);
        Assert.All(sut.Workload, w => Assert.Equal(w.OpenAssigned, w.OpenByChannel.Values.Sum()));
        Assert.All(sut.Workload, w => Assert.InRange(w.Occupancy ?? 0, 0, 1));
        Assert.Equal(sut.Backlog.OpenAtEnd, sut.Backlog.Overall.Total);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 25)]
    public void Compare_TicketOrder_DoesNotChangeTheReport_Meets_Specification(int seed, int shuffleSeed)
    {
        var tickets = RandomTickets.Generate(seed, 30, withSla: true);
        var events = tickets.SelectMany(t => t.Events).ToArray();
        new Random(shuffleSeed).Shuffle(events);
        var regrouped = Inputs.TicketHistory.GroupByTicket(events)
            .Select(t => t.WithSla(Fixtures.Evaluator, Fixtures.WeekEnd))
            .ToArray();
        new Random(shuffleSeed).Shuffle(regrouped);

        var expected = Render(tickets);
        var actual = Render(regrouped);

        Assert.Equal(expected, actual);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public void NearestRank_HigherPercentile_IsNeverSmaller_Meets_Specification(int[] values, PositiveInt low, PositiveInt high)
    {
        var sorted = values.Select(v => NodaTime.Duration.FromSeconds(v)).Order().ToList();
        var p1 = Math.Min(low.Get % 100, high.Get % 100) + 1;
        var p2 = Math.Max(low.Get % 100, high.Get % 100) + 1;

        var a = Percentiles.NearestRank(sorted, p1);
        var b = Percentiles.NearestRank(sorted, p2);

        Assert.Equal(sorted.Count == 0, a is null);
        if (a is { } x && b is { } y)
        {
            Assert.True(x <= y);
            Assert.Contains(x, sorted);
        }
    }

    private static string Render(IEnumerable<Inputs.TicketHistory> tickets) =>
        MarkdownReportRenderer.Render(HealthReportBuilder.Build(SupportAnalytics.Compare(tickets, Fixtures.Week, Fixtures.WeekEnd)));

    public static class Arbitraries
    {
        public static Arbitrary<int> Seeds() => Gen.Choose(0, 1_000_000).ToArbitrary();
    }
}
