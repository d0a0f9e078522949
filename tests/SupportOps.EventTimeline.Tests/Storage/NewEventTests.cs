using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Storage;

public sealed class NewEventTests
{
    private static readonly Instant RecordedAt = Samples.T0.Plus(Duration.FromMinutes(5));

    [Fact]
    public void ToEnvelope_WithoutEventId_DerivesTicketColonVersionAndCopiesTheCallersFields()
    {
        var sut = Samples.New(Samples.Created(), "mail:1");

        var envelope = sut.ToEnvelope("T-7", 3, RecordedAt);

        Assert.Equal("T-7:3", envelope.EventId);
        Assert.Equal("T-7", envelope.TicketId);
        Assert.Equal(3, envelope.Version);
        Assert.Equal(Samples.T0, envelope.OccurredAt);
        Assert.Equal(RecordedAt, envelope.RecordedAt);
        Assert.Equal("mail:1", envelope.DedupeKey);
        Assert.Equal(EventSource.Email, envelope.Source);
        Assert.Same(sut.Event, envelope.Event);
        Assert.Equal(TicketEventCatalog.CurrentSchemaVersion(sut.Event.Kind), envelope.SchemaVersion);
    }

    [Fact]
    public void ToEnvelope_WithEventId_KeepsIt()
    {
        var sut = Samples.New(Samples.Created(), "mail:1", eventId: "zendesk:42");

        Assert.Equal("zendesk:42", sut.ToEnvelope("T-7", 1, RecordedAt).EventId);
    }

    [Fact]
    public void ToEnvelope_BadArguments_ThrowNamingTheArgument()
    {
        var sut = Samples.New(Samples.Created(), "mail:1");

        Assert.Equal("ticketId", Assert.ThrowsAny<ArgumentException>(() => sut.ToEnvelope("", 1, RecordedAt)).ParamName);
        Assert.Equal("version", Assert.Throws<ArgumentOutOfRangeException>(() => sut.ToEnvelope("T-7", 0, RecordedAt)).ParamName);
    }
}
