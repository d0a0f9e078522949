using NodaTime;
using SupportOps.AnalyticsReports.Importing;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;

namespace SupportOps.Analytics.Tests.Importing;

public sealed class BpicXesImporterTests
{
    private static ImportResult Import()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bpic-sample.xes"));
        return BpicXesImporter.Import(file);
    }

    [Fact]
    public void Import_Sample_ReadsTracesSkippingTheHeaderAndDuplicates()
    {
        var sut = Import();

        Assert.Equal(["1-100", "1-200"], sut.Tickets.Select(t => t.TicketId));
        Assert.Equal(8, sut.Rows);
        Assert.Equal(1, sut.Duplicates);
    }

    [Fact]
    public void Import_Incident_MapsImpactGroupResourceAndStatuses()
    {
        var events = Import().Tickets[0].Events;
        var created = Assert.IsType<TicketCreated>(events[0].Event);

        Assert.Equal(Priority.P1, created.Priority);
        Assert.Equal("V30", created.Queue);
        Assert.Equal(Instant.FromUtc(2012, 4, 16, 7, 0), events[0].OccurredAt);
        var snapshot = TicketReducer.Rebuild("1-100", events);
        Assert.Equal("V5 3rd", snapshot.Queue);
        Assert.Equal(1, snapshot.EscalationCount);
        Assert.Equal("Håkan", snapshot.Assignee);
        Assert.Equal(TicketStatus.Closed, snapshot.Status);
        Assert.Equal(2, snapshot.AgentReplyCount);
        Assert.Contains(events, e => e.Event is StatusChanged { To: TicketStatus.PendingCustomer });
        Assert.Contains(events, e => e.Event is StatusChanged { To: TicketStatus.Solved });
    }

    [Fact]
    public void Import_PlaceholderResource_IsTheSystemAndLowImpactIsP3()
    {
        var events = Import().Tickets[1].Events;

        Assert.Equal(ActorKind.System, events[0].Actor.Kind);
        Assert.Equal(Priority.P3, Assert.IsType<TicketCreated>(events[0].Event).Priority);
        Assert.Null(TicketReducer.Rebuild("1-200", events).Assignee);
    }

    [Theory]
    [InlineData("Major", Priority.P0)]
    [InlineData("High", Priority.P1)]
    [InlineData("Medium", Priority.P2)]
    [InlineData("Low", Priority.P3)]
    [InlineData("UNKNOWN", Priority.P2)]
    public void PriorityOf_Impact_MapsToPriority(string impact, Priority expected)
    {
        Assert.Equal(expected, BpicXesImporter.PriorityOf(impact));
    }
}
