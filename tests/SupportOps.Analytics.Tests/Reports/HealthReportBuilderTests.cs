using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Kpis;
using SupportOps.Analytics.Reports;
using SupportOps.Analytics.Tests.Support;
using SupportOps.EventTimeline.Events;
using SupportOps.Testing;

namespace SupportOps.Analytics.Tests.Reports;

public sealed class HealthReportBuilderTests
{
    private static HealthReport Build(AnalyticsOptions? options = null)
    {
        var tickets = new[]
        {
            new TicketStream("p1", "2026-11-23 09:00", queue: "billing").Reply("2026-11-23 09:30").Solve("2026-11-23 10:00"),
            new TicketStream("c1", "2026-11-30 09:00", queue: "billing").Assign("2026-11-30 09:00", "a1").Reply("2026-11-30 13:00"),
            new TicketStream("c2", "2026-11-30 09:00", queue: "billing").Assign("2026-11-30 09:00", "a1").Reply("2026-11-30 12:00"),
            new TicketStream("c3", "2026-11-30 09:00", queue: "support").Reply("2026-11-30 09:10").Solve("2026-11-30 09:20"),
        }.Select(s => s.History(withSla: true)).ToArray();
        var comparison = SupportAnalytics.Compare(
            tickets,
            Fixtures.Week,
            Fixtures.WeekEnd,
            [new AgentCapacity("a1", 2)],
            [new SatisfactionRating("c3", TicketStream.At("2026-11-30 10:00"), true)]);
        return HealthReportBuilder.Build(comparison, options);
    }

    [Fact]
    public void Build_Narrative_EverySentenceCitesKnownFigures()
    {
        var sut = Build();

        Assert.NotEmpty(sut.Narrative);
        Assert.All(sut.Narrative, sentence =>
        {
            Assert.NotEmpty(sentence.FigureIds);
            Assert.All(sentence.FigureIds, id => Assert.True(
                KpiCatalog.All.Any(k => k.Id == id) || id.StartsWith("sla.attainment[", StringComparison.Ordinal) || id.StartsWith("workload.utilization[", StringComparison.Ordinal),
                id));
        });
        Assert.Contains(sut.Narrative, s => s.Text == "3 tickets were created, against 1 in the previous period (+2)." && s.FigureIds.SequenceEqual([KpiIds.TicketsCreated]));
    }

    [Fact]
    public void Build_BreachesAndFullAgents_BecomeRisks()
    {
        var sut = Build();

        var queue = Assert.Single(sut.Risks, r => r.Kind == HealthRiskKind.QueueTrendingToBreach);
        Assert.Equal("billing", queue.Subject);
        Assert.Equal(4, queue.Score); // two first-response and two resolution breaches
        var timers = sut.Risks.Where(r => r.Kind == HealthRiskKind.TimerBelowTarget).ToList();
        Assert.Equal(["first response", "resolution"], timers.Select(r => r.Subject));
        Assert.Equal(["sla.first_response.attainment"], timers[0].FigureIds.ToArray());
        Assert.Equal(90 - (100.0 / 3), timers[0].Score, 9);
        var agent = Assert.Single(sut.Risks, r => r.Kind == HealthRiskKind.OverloadedAgent);
        Assert.Equal("a1", agent.Subject);
        Assert.Equal(1.0, agent.Score);
    }

    [Fact]
    public void Build_TopRisksZero_ListsNone()
    {
        var sut = Build(new AnalyticsOptions { TopRisks = 0 });

        Assert.Empty(sut.Risks);
    }

    [Fact]
    public void Build_Headline_FollowsHeadlineIdsAndNotableChangesAreFlagged()
    {
        var sut = Build();

        Assert.Equal(HealthReportBuilder.HeadlineIds.Where(id => sut.Kpi(id).Current is not null || sut.Kpi(id).Previous is not null), sut.Headline.Select(k => k.Kpi.Id));
        Assert.All(sut.NotableChanges, k => Assert.True(k.Flagged));
        Assert.Equal(sut.Kpis.Count(k => k.Flagged), sut.NotableChanges.Length);
    }

    [Fact]
    public void Render_SameFigures_GiveTheSameMarkdownAndCsv()
    {
        var markdown = MarkdownReportRenderer.Render(Build());
        var csv = CsvReportRenderer.Render(Build());

        Assert.Equal(markdown, MarkdownReportRenderer.Render(Build()));
        Assert.Equal(csv, CsvReportRenderer.Render(Build()));
        Assert.StartsWith("# Support health report", markdown, StringComparison.Ordinal);
        Assert.Contains("| Tickets created | 3 | 1 | +2 | changed |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Top risks", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvRender_Report_HasAHeaderAndOneRowPerKpi()
    {
        var sut = CsvReportRenderer.Render(Build());

        var lines = sut.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,unit,direction,current,previous,change,change_percent,trend,flagged", lines[0]);
        Assert.Equal(KpiCatalog.All.Length + 1, lines.Length);
        Assert.Contains("volume.created,Tickets created,count,neutral,3,1,2,200,changed,true", lines);
        Assert.Contains("csat,Customer satisfaction,percent,higher_is_better,100,,,,not_comparable,false", lines);
    }

    [Fact]
    public void Build_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => HealthReportBuilder.Build(null!));
        Assert.Throws<ArgumentNullException>(() => MarkdownReportRenderer.Render(null!));
    }
}
