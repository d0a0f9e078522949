using NodaTime;
using SupportOps.AnalyticsReports.Importing;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;

namespace SupportOps.Analytics.Tests.Importing;

public sealed class HelpdeskCsvImporterTests
{
    private static ImportResult Import() => HelpdeskCsvImporter.Import(Path.Combine(AppContext.BaseDirectory, "Fixtures", "helpdesk-sample.csv"));

    [Fact]
    public void Import_Sample_DropsExactDuplicatesAndGroupsByCase()
    {
        var sut = Import();

        Assert.Equal(12, sut.Rows);
        Assert.Equal(1, sut.Duplicates);
        Assert.Equal(["Case1", "Case2"], sut.Tickets.Select(t => t.TicketId));
    }

    [Fact]
    public void Import_WallClockWithPlusZeroSuffix_IsReadAsRomeLocalTime()
    {
        var sut = HelpdeskCsvImporter.ParseWallClock("2012-07-16 09:00:00+00:00");

        Assert.Equal(Instant.FromUtc(2012, 7, 16, 7, 0), sut); // CEST, UTC+2
        Assert.Equal(Instant.FromUtc(2012, 1, 16, 8, 0), HelpdeskCsvImporter.ParseWallClock("2012-01-16 09:00:00+00:00"));
    }

    [Fact]
    public void Import_RowsOutOfOrder_AreSortedByTimeAndMapped()
    {
        var case1 = Import().Tickets[0].Events;

        Assert.Equal(
            [TicketEventKind.TicketCreated, TicketEventKind.InternalNote, TicketEventKind.StatusChanged, TicketEventKind.AssigneeChanged, TicketEventKind.AgentPublicReply, TicketEventKind.StatusChanged, TicketEventKind.StatusChanged],
            case1.Select(e => e.Event.Kind));
        Assert.Equal(Enumerable.Range(1, case1.Count).Select(v => (long)v), case1.Select(e => e.Version));
        var snapshot = TicketReducer.Rebuild("Case1", case1);
        Assert.Equal(TicketStatus.Closed, snapshot.Status);
        Assert.Equal("Value 2", snapshot.Assignee);
        Assert.Equal(Instant.FromUtc(2012, 7, 16, 8, 0), snapshot.FirstAgentReplyAt);
    }

    [Fact]
    public void Import_ResolveTakeInChargeResolve_IsAReopenWithAReassignment()
    {
        var snapshot = TicketReducer.Rebuild("Case2", Import().Tickets[1].Events);

        Assert.Equal(1, snapshot.ReopenCount);
        Assert.Equal(1, snapshot.EscalationCount);
        Assert.Equal(1, snapshot.ReassignmentCount);
        Assert.Equal(TicketStatus.Solved, snapshot.Status);
        Assert.Equal(2, snapshot.AgentReplyCount);
    }
}
