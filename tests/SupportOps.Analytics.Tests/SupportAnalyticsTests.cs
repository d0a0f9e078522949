using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Metrics;
using SupportOps.Analytics.Tests.Support;
using SupportOps.EventTimeline.Events;
using SupportOps.Testing;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.Analytics.Tests;

public sealed partial class SupportAnalyticsTests
{
    private static PeriodMetrics Compute(params TicketStream[] streams) =>
        SupportAnalytics.Compute(Fixtures.Histories(streams), Fixtures.Week, Fixtures.WeekEnd);

    [Fact]
    public void Compute_TicketsCreated_CountsVolumeByChannelAndHourOfWeek()
    {
        var sut = Compute(
            new TicketStream("A", "2026-11-30 09:15", channel: Channel.Email),
            new TicketStream("B", "2026-12-02 14:00", channel: Channel.Chat),
            new TicketStream("C", "2026-11-29 23:59", channel: Channel.Chat));

        Assert.Equal(2, sut.TicketsCreated);
        Assert.Equal(1, sut.CreatedByChannel[Channel.Email]);
        Assert.Equal(1, sut.CreatedByChannel[Channel.Chat]);
        Assert.Equal(1, sut.CreatedByHourOfWeek[9]);
        Assert.Equal(1, sut.CreatedByHourOfWeek[(2 * 24) + 14]);
        Assert.Equal(2, sut.CreatedByHourOfWeek.Sum());
    }

    [Fact]
    public void Compute_FirstReplies_GivesNearestRankPercentilesInCalendarAndBusinessTime()
    {
        var sut = Compute(
            new TicketStream("A", "2026-11-30 09:00").Reply("2026-11-30 11:00"),
            new TicketStream("B", "2026-12-04 16:00").Reply("2026-12-07 10:00"),
            new TicketStream("C", "2026-12-01 09:00").Reply("2026-12-01 09:30"));

        // C replied after 30 min; A after 2 h; B (Friday 16:00 to Monday 10:00) is outside the period.
        Assert.Equal(2, sut.FirstReply.Count);
        Assert.Equal(Duration.FromMinutes(30), sut.FirstReply.P50Calendar);
        Assert.Equal(Duration.FromHours(2), sut.FirstReply.P90Calendar);
        Assert.Equal(Duration.FromMinutes(30), sut.FirstReply.P50Business);
        Assert.Equal(Duration.FromHours(2), sut.FirstReply.P90Business);
    }

    [Fact]
    public void Compute_FirstReplyOverAWeekend_CountsOnlyBusinessHoursInBusinessTime()
    {
        var period = new AnalyticsPeriod(TicketStream.At("2026-12-04 00:00"), TicketStream.At("2026-12-08 00:00"), Fixtures.Calendar);
        var ticket = new TicketStream("B", "2026-12-04 16:00").Reply("2026-12-07 10:00").History();

        var sut = SupportAnalytics.Compute([ticket], period, period.End);

        Assert.Equal(Duration.FromHours(66), sut.FirstReply.P50Calendar);
        Assert.Equal(Duration.FromHours(2), sut.FirstReply.P50Business);
    }

    [Fact]
    public void Compute_SolvedOutsideBusinessHours_ResolutionCountsBusinessTimeUpToClosing()
    {
        var sut = Compute(new TicketStream("A", "2026-11-30 16:00").Reply("2026-11-30 16:30").Solve("2026-11-30 20:00"));

        Assert.Equal(1, sut.TicketsResolved);
        Assert.Equal(Duration.FromHours(4), sut.FullResolution.P50Calendar);
        Assert.Equal(Duration.FromHours(1), sut.FullResolution.P50Business);
    }

    [Fact]
    public void Compute_TicketReopenedTwice_CountsEverySolveAndReopenAndResolvesOnce()
    {
        var sut = Compute(new TicketStream("A", "2026-11-30 09:00")
            .Reply("2026-11-30 09:10")
            .Solve("2026-11-30 10:00")
            .Reopen("2026-11-30 11:00")
            .Solve("2026-11-30 12:00")
            .Reopen("2026-12-01 09:00")
            .Solve("2026-12-01 10:00"));

        Assert.Equal(3, sut.Solves);
        Assert.Equal(2, sut.Reopens);
        Assert.Equal(200.0 / 3, sut.ReopenRatePercent!.Value, 6);
        Assert.Equal(1, sut.TicketsResolved);
        Assert.Equal(Duration.FromHours(25), sut.FullResolution.P50Calendar);
        Assert.Equal(0, sut.OneTouchResolved);
    }

    [Fact]
    public void Compute_OneReplyThenSolved_IsOneTouch()
    {
        var sut = Compute(
            new TicketStream("A", "2026-11-30 09:00").Reply("2026-11-30 09:10").Solve("2026-11-30 09:20"),
            new TicketStream("B", "2026-11-30 09:00").Reply("2026-11-30 09:10").Customer("2026-11-30 09:15").Reply("2026-11-30 09:20").Solve("2026-11-30 09:30"),
            new TicketStream("C", "2026-11-30 09:00").Solve("2026-11-30 09:20"));

        Assert.Equal(3, sut.TicketsResolved);
        Assert.Equal(1, sut.OneTouchResolved);
        Assert.Equal(100.0 / 3, sut.OneTouchRatePercent!.Value, 6);
    }

    [Fact]
    public void Compare_PeriodBoundarySplitsATicketsLife_AttributesEachPartToItsPeriod()
    {
        var ticket = new TicketStream("A", "2026-11-27 10:00")
            .Reply("2026-11-27 11:00")
            .Solve("2026-12-01 10:00");

        var sut = SupportAnalytics.Compare([ticket.History()], Fixtures.Week, Fixtures.WeekEnd);

        Assert.Equal(1, sut.Previous.TicketsCreated);
        Assert.Equal(1, sut.Previous.FirstReply.Count);
        Assert.Equal(1, sut.Previous.Backlog.OpenAtEnd);
        Assert.Equal(0, sut.Previous.TicketsResolved);
        Assert.Equal(0, sut.Current.TicketsCreated);
        Assert.Equal(1, sut.Current.Backlog.OpenAtStart);
        Assert.Equal(0, sut.Current.Backlog.OpenAtEnd);
        Assert.Equal(-1, sut.Current.Backlog.Growth);
        Assert.Equal(1, sut.Current.TicketsResolved);
        Assert.Equal(Duration.FromHours(96), sut.Current.FullResolution.P50Calendar);
    }

    [Fact]
    public void Compute_OpenTickets_FallIntoAgeBucketsPerDimension()
    {
        var sut = Compute(
            new TicketStream("A", "2026-12-06 22:00", Priority.P1, Channel.Chat, "billing"),
            new TicketStream("B", "2026-12-06 12:00", Priority.P1, Channel.Email, "billing"),
            new TicketStream("C", "2026-12-05 00:00", Priority.P2, Channel.Email, "support"),
            new TicketStream("D", "2026-12-02 00:00", Priority.P2, Channel.Email, null),
            new TicketStream("E", "2026-11-20 00:00", Priority.P3, Channel.Email, "support"),
            new TicketStream("F", "2026-12-01 00:00").Solve("2026-12-01 01:00"));

        var overall = sut.Backlog.Overall;
        Assert.Equal([1, 1, 1, 1, 1], overall.Buckets.ToArray());
        Assert.Equal(5, sut.Backlog.OpenAtEnd);
        Assert.Equal(1, sut.Backlog.OpenAtStart);
        Assert.Equal(4, sut.Backlog.Growth);
        var billing = sut.Backlog.Rows.Single(r => r.Dimension == AnalyticsDimension.Queue && r.Key == "billing");
        Assert.Equal(1, billing[BacklogBucket.UpTo4Hours]);
        Assert.Equal(1, billing[BacklogBucket.From4To24Hours]);
        Assert.Equal(1, sut.Backlog.Rows.Single(r => r.Dimension == AnalyticsDimension.Queue && r.Key == "(none)").Total);
        Assert.Equal(2, sut.Backlog.Rows.Single(r => r.Dimension == AnalyticsDimension.Priority && r.Key == "P1").Total);
        Assert.Equal(4, sut.Backlog.Rows.Single(r => r.Dimension == AnalyticsDimension.Channel && r.Key == "Email").Total);
    }

    [Fact]
    public void Compute_EscalationsAndReassignments_AreCountedInThePeriod()
    {
        var sut = Compute(
            new TicketStream("A", "2026-11-30 09:00").Assign("2026-11-30 09:05", "a1").Assign("2026-11-30 10:00", "a2").Escalate("2026-11-30 11:00").Escalate("2026-11-30 12:00"),
            new TicketStream("B", "2026-11-30 09:00").Assign("2026-11-30 09:05", "a1"),
            new TicketStream("C", "2026-11-20 09:00").Assign("2026-11-20 09:05", "a1").Assign("2026-11-21 09:05", "a2"),
            new TicketStream("D", "2026-11-20 09:00").Escalate("2026-11-20 09:05").Customer("2026-12-01 09:00"));

        Assert.Equal(3, sut.TicketsActive);
        Assert.Equal(1, sut.EscalatedTickets);
        Assert.Equal(100.0 / 3, sut.EscalationRatePercent!.Value, 6);
        Assert.Equal(1, sut.Reassignments);
    }

    [Fact]
    public void Compute_Ratings_GivesCsatOfThePeriod()
    {
        SatisfactionRating[] ratings =
        [
            new("A", TicketStream.At("2026-11-30 10:00"), true),
            new("B", TicketStream.At("2026-12-01 10:00"), true),
            new("C", TicketStream.At("2026-12-02 10:00"), false),
            new("D", TicketStream.At("2026-11-29 10:00"), false),
        ];

        var sut = SupportAnalytics.Compute([], Fixtures.Week, Fixtures.WeekEnd, ratings: ratings);

        Assert.Equal(2, sut.SatisfactionGood);
        Assert.Equal(1, sut.SatisfactionBad);
        Assert.Equal(200.0 / 3, sut.SatisfactionPercent!.Value, 6);
    }

    [Fact]
    public void Compute_NoData_LeavesRatesUndefined()
    {
        var sut = SupportAnalytics.Compute([], Fixtures.Week, Fixtures.WeekEnd);

        Assert.Null(sut.EscalationRatePercent);
        Assert.Null(sut.ReopenRatePercent);
        Assert.Null(sut.OneTouchRatePercent);
        Assert.Null(sut.SatisfactionPercent);
        Assert.Null(sut.FirstReply.P50Calendar);
        Assert.Equal([0, 0, 0, 0, 0], sut.Backlog.Overall.Buckets.ToArray());
    }

    [Fact]
    public void Compute_NowInsideThePeriod_IgnoresLaterEvents()
    {
        var sut = SupportAnalytics.Compute(
            [new TicketStream("A", "2026-11-30 09:00").Solve("2026-12-03 09:00").History()],
            Fixtures.Week,
            TicketStream.At("2026-12-02 09:00"));

        Assert.Equal(1, sut.Backlog.OpenAtEnd);
        Assert.Equal(0, sut.Solves);
        Assert.Equal(1, sut.Backlog.Rows[0][BacklogBucket.From1To3Days]);
    }

    [Fact]
    public void Compute_HistoryMixingTickets_Throws()
    {
        var a = new TicketStream("A", "2026-11-30 09:00").Events;
        var b = new TicketStream("B", "2026-11-30 09:00").Customer("2026-11-30 10:00").Events;

        Assert.Throws<ArgumentException>(() => SupportAnalytics.Compute([new TicketHistory([a[0], b[1]])], Fixtures.Week, Fixtures.WeekEnd));
    }

    [Fact]
    public void Compute_DuplicateCapacities_Throws()
    {
        Assert.Throws<ArgumentException>(() => SupportAnalytics.Compute([], Fixtures.Week, Fixtures.WeekEnd, [new AgentCapacity("a1", 5), new AgentCapacity("a1", 6)]));
    }

    [Fact]
    public void Compute_NowBeforeThePeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SupportAnalytics.Compute([], Fixtures.Week, Fixtures.Week.Start - Duration.FromSeconds(1)));

        Assert.Equal("now", ex.ParamName);
    }

    [Fact]
    public void Compute_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SupportAnalytics.Compute(null!, Fixtures.Week, Fixtures.WeekEnd));
        Assert.Throws<ArgumentNullException>(() => SupportAnalytics.Compute([], null!, Fixtures.WeekEnd));
    }
}
