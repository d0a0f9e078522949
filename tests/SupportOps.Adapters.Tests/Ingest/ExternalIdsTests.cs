using SupportOps.Adapters.Ingest;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Tests.Ingest;

public sealed class ExternalIdsTests
{
    [Theory]
    [InlineData(EventSource.Zendesk, "28", "2127301163", null, "zendesk:28:2127301163")]
    [InlineData(EventSource.Zendesk, "28", "2023-09-18T15:57:42Z", "status", "zendesk:28:2023-09-18T15:57:42Z:status")]
    [InlineData(EventSource.Slack, "C1:1719209506.817929", "1719209506.817929", null, "slack:C1:1719209506.817929:1719209506.817929")]
    [InlineData(EventSource.Email, "1234@local.machine.example", "created", null, "email:1234@local.machine.example:created")]
    public void DedupeKey_ExternalIds_FollowTheSourceTicketEventPattern(EventSource source, string ticket, string eventId, string? facet, string expected)
    {
        Assert.Equal(expected, ExternalIds.DedupeKey(source, ticket, eventId, facet));
    }

    [Fact]
    public void TicketId_ExternalTicket_IsPrefixedWithTheSourceName()
    {
        Assert.Equal("zendesk:28", ExternalIds.TicketId(EventSource.Zendesk, "28"));
        Assert.Equal("api", ExternalIds.SourceName(EventSource.Api));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void DedupeKey_BlankEventId_Throws(string eventId)
    {
        Assert.Throws<ArgumentException>(() => ExternalIds.DedupeKey(EventSource.Zendesk, "28", eventId));
    }

    [Fact]
    public void SourceName_UndefinedSource_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExternalIds.SourceName((EventSource)42));
    }
}
