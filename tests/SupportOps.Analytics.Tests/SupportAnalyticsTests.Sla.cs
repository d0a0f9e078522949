using SupportOps.Analytics.Metrics;
using SupportOps.Analytics.Tests.Support;
using SupportOps.EventTimeline.Events;
using SupportOps.Testing;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.Analytics.Tests;

public sealed partial class SupportAnalyticsTests
{
    [Fact]
    public void Compute_SlaCycles_AreMetBreachedOrRunningPerDimension()
    {
        var tickets = new[]
        {
            new TicketStream("met", "2026-11-30 09:00", Priority.P1, Channel.Chat, "billing").Reply("2026-11-30 10:00"),
            new TicketStream("breached", "2026-11-30 09:00", Priority.P2, Channel.Email, "billing").Reply("2026-11-30 12:00"),
            new TicketStream("running", "2026-12-04 16:30", Priority.P2, Channel.Email, "support"),
            new TicketStream("decided-earlier", "2026-11-20 09:00").Reply("2026-11-20 09:30"),
            new TicketStream("later", "2026-12-08 09:00"),
        }.Select(s => s.History(withSla: true, now: TicketStreamNow)).ToArray();

        var sut = SupportAnalytics.Compute(tickets, Fixtures.Week, Fixtures.WeekEnd);

        var firstResponse = sut.Attainment(SlaTimerKind.FirstResponse)!;
        Assert.Equal((1, 1, 1), (firstResponse.Met, firstResponse.Breached, firstResponse.Running));
        Assert.Equal(50.0, firstResponse.AttainmentPercent);
        var billing = sut.SlaAttainment.Single(r => r.Timer == SlaTimerKind.FirstResponse && r.Dimension == AnalyticsDimension.Queue && r.Key == "billing");
        Assert.Equal((1, 1, 0), (billing.Met, billing.Breached, billing.Running));
        var p2 = sut.SlaAttainment.Single(r => r.Timer == SlaTimerKind.FirstResponse && r.Dimension == AnalyticsDimension.Priority && r.Key == "P2");
        Assert.Equal((0, 1, 1), (p2.Met, p2.Breached, p2.Running));
    }

    [Fact]
    public void Compute_CycleBreachedAfterThePeriod_IsRunningAtItsEnd()
    {
        // Friday 16:30 + 2 business hours is due Monday 10:30, after the week ends; evaluated later, it breached.
        var ticket = new TicketStream("A", "2026-12-04 16:30").History(withSla: true, now: TicketStream.At("2026-12-08 09:00"));

        var sut = SupportAnalytics.Compare([ticket], Fixtures.Week, TicketStream.At("2026-12-08 09:00"));

        var row = sut.Current.Attainment(SlaTimerKind.FirstResponse)!;
        Assert.Equal((0, 0, 1), (row.Met, row.Breached, row.Running));
    }

    private static NodaTime.Instant TicketStreamNow => Fixtures.WeekEnd;
}
