using SupportOps.Analytics.Kpis;
using SupportOps.Analytics.Metrics;
using SupportOps.Analytics.Tests.Support;
using SupportOps.Testing;

namespace SupportOps.Analytics.Tests.Kpis;

public sealed class KpiCatalogTests
{
    private static PeriodComparison TwoWeeks() => SupportAnalytics.Compare(
        Fixtures.Histories(
            new TicketStream("prev-1", "2026-11-23 09:00").Reply("2026-11-23 10:00").Solve("2026-11-23 11:00"),
            new TicketStream("prev-2", "2026-11-24 09:00").Reply("2026-11-24 09:30").Solve("2026-11-24 12:00"),
            new TicketStream("cur-1", "2026-11-30 09:00").Reply("2026-11-30 13:00").Solve("2026-11-30 14:00").Reopen("2026-11-30 15:00").Solve("2026-11-30 16:00"),
            new TicketStream("cur-2", "2026-12-01 09:00"),
            new TicketStream("cur-3", "2026-12-01 09:00")),
        Fixtures.Week,
        Fixtures.WeekEnd);

    [Fact]
    public void All_Ids_AreUniqueAndLookedUp()
    {
        Assert.Equal(KpiCatalog.All.Length, KpiCatalog.All.Select(k => k.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Reopen rate", KpiCatalog.Get(KpiIds.ReopenRate).Name);
        Assert.Throws<KeyNotFoundException>(() => KpiCatalog.Get("nope"));
    }

    [Fact]
    public void Deltas_TwoWeeks_ComputesChangesAndFlags()
    {
        var sut = KpiCatalog.Deltas(TwoWeeks()).ToDictionary(d => d.Kpi.Id);

        var created = sut[KpiIds.TicketsCreated];
        Assert.Equal((3.0, 2.0), (created.Current!.Value, created.Previous!.Value));
        Assert.Equal(50.0, created.ChangePercent);
        Assert.True(created.Flagged);
        Assert.Equal(KpiTrend.Changed, created.Trend);

        var reopen = sut[KpiIds.ReopenRate];
        Assert.Equal(50.0, reopen.Current);
        Assert.Equal(0.0, reopen.Previous);
        Assert.Equal(50.0, reopen.Change);
        Assert.True(reopen.Flagged);
        Assert.Equal(KpiTrend.Worsened, reopen.Trend);

        var frt = sut[KpiIds.FirstReplyP50Business];
        Assert.Equal(4.0, frt.Current);
        Assert.Equal(0.5, frt.Previous);
        Assert.Equal(KpiTrend.Worsened, frt.Trend);

        Assert.Equal(KpiTrend.NotComparable, sut[KpiIds.Csat].Trend);
        Assert.False(sut[KpiIds.Csat].Flagged);
    }

    [Fact]
    public void Deltas_PerKpiThreshold_OverridesTheDefault()
    {
        var options = new AnalyticsOptions();
        options.Thresholds[KpiIds.TicketsCreated] = 0.6;

        var sut = KpiCatalog.Deltas(TwoWeeks(), options).Single(d => d.Kpi.Id == KpiIds.TicketsCreated);

        Assert.False(sut.Flagged);
    }

    [Theory]
    [InlineData(KpiDirection.HigherIsBetter, 2.0, 1.0, KpiTrend.Improved)]
    [InlineData(KpiDirection.HigherIsBetter, 1.0, 2.0, KpiTrend.Worsened)]
    [InlineData(KpiDirection.LowerIsBetter, 1.0, 2.0, KpiTrend.Improved)]
    [InlineData(KpiDirection.LowerIsBetter, 2.0, 1.0, KpiTrend.Worsened)]
    [InlineData(KpiDirection.Neutral, 2.0, 1.0, KpiTrend.Changed)]
    [InlineData(KpiDirection.LowerIsBetter, 1.0, 1.0, KpiTrend.Unchanged)]
    public void Trend_Table_FollowsTheDirection(KpiDirection direction, double current, double previous, KpiTrend expected)
    {
        var sut = new KpiDelta(new KpiDefinition("x", "X", KpiUnit.Count, direction), current, previous, false);

        Assert.Equal(expected, sut.Trend);
    }

    [Fact]
    public void ChangePercent_PreviousZero_IsNull()
    {
        var sut = new KpiDelta(new KpiDefinition("x", "X", KpiUnit.Count, KpiDirection.Neutral), 3, 0, false);

        Assert.Null(sut.ChangePercent);
        Assert.Equal(3, sut.Change);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyticsOptions { RelativeChangeThreshold = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyticsOptions { AttainmentTargetPercent = 120 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyticsOptions { TopRisks = -1 }.Validate());
        var options = new AnalyticsOptions();
        options.Thresholds["x"] = double.NaN;
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
