using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Kpis;
using SupportOps.Analytics.Metrics;
using SupportOps.Analytics.Reports;
using SupportOps.Analytics.Tests.Support;
using SupportOps.Testing;

namespace SupportOps.Analytics.Tests;

/// <summary>Runs the README's "How to use" example, so the published snippet stays true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs_AndRendersTheReport()
    {
        var calendar = Fixtures.Calendar;
        var evaluator = Fixtures.Evaluator;
        var events = new[]
        {
            new TicketStream("T-2", "2026-11-30 09:00").Reply("2026-11-30 10:00").Solve("2026-11-30 11:00"),
            new TicketStream("T-1", "2026-11-24 09:00").Reply("2026-11-24 09:30"),
        }.SelectMany(s => s.Events).Reverse();

        var period = AnalyticsPeriod.Week(Instant.FromUtc(2026, 11, 30, 0, 0), calendar);
        var tickets = TicketHistory.GroupByTicket(events).Select(t => t.WithSla(evaluator, period.End)).ToList();
        PeriodComparison figures = SupportAnalytics.Compare(tickets, period, period.End);
        HealthReport report = HealthReportBuilder.Build(figures, new AnalyticsOptions { AttainmentTargetPercent = 95 });
        var markdown = MarkdownReportRenderer.Render(report);
        var csv = CsvReportRenderer.Render(report);

        Assert.Equal(1, report.Kpi(KpiIds.TicketsCreated).Current);
        Assert.Equal(1, report.Kpi(KpiIds.TicketsCreated).Previous);
        Assert.Contains("| Tickets created | 1 | 1 | 0 | unchanged |", markdown, StringComparison.Ordinal);
        Assert.StartsWith("id,name,", csv, StringComparison.Ordinal);
    }
}
