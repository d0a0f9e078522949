using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.EventTimeline.Tests.Serialization;

public sealed partial class TimelineJsonTests
{
    private const string EnvelopeHead =
        """{"event_id":"e-1","ticket_id":"T-1","version":1,"occurred_at":"2026-03-08T06:30:00Z","recorded_at":"2026-03-08T06:30:05Z","actor":{"kind":"customer","id":"cust-42"},"source":"email","dedupe_key":"email:T-1:1",""";

    private static string EnvelopeJson(int schemaVersion, string eventJson)
        => EnvelopeHead + "\"schema_version\":" + schemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"event\":" + eventJson + "}";

    [Fact]
    public void Deserialize_TicketCreatedV1WithSingleTag_UpcastsToTagListAndStandardTier()
    {
        var json = EnvelopeJson(1, """{"type":"ticket_created","subject":"Help","channel":"web","priority":"p2","requester_id":"cust-42","tag":"billing"}""");

        var sut = TimelineJson.Deserialize(json);

        var created = Assert.IsType<TicketCreated>(sut.Event);
        Assert.Equal<string>(["billing"], created.Tags);
        Assert.Equal(CustomerTier.Standard, created.Tier);
        Assert.Equal(2, sut.SchemaVersion);
    }

    [Fact]
    public void Deserialize_TicketCreatedV1WithoutTag_UpcastsToNoTags()
    {
        var json = EnvelopeJson(1, """{"type":"ticket_created","subject":"Help","channel":"web","priority":"p2","requester_id":"cust-42"}""");

        var sut = Assert.IsType<TicketCreated>(TimelineJson.Deserialize(json).Event);

        Assert.Empty(sut.Tags);
    }

    [Fact]
    public void Deserialize_TicketCreatedV1WithTier_KeepsTheTier()
    {
        var json = EnvelopeJson(1, """{"type":"ticket_created","subject":"Help","channel":"web","priority":"p2","requester_id":"cust-42","tier":"enterprise","tag":null}""");

        var sut = Assert.IsType<TicketCreated>(TimelineJson.Deserialize(json).Event);

        Assert.Equal(CustomerTier.Enterprise, sut.Tier);
        Assert.Empty(sut.Tags);
    }

    [Theory]
    [InlineData("pending", "hold", TicketStatus.PendingCustomer, TicketStatus.OnHold)]
    [InlineData("hold", "pending", TicketStatus.OnHold, TicketStatus.PendingCustomer)]
    [InlineData("open", "solved", TicketStatus.Open, TicketStatus.Solved)]
    public void Deserialize_StatusChangedV1LegacyNames_UpcastsToCurrentStatuses(string from, string to, TicketStatus expectedFrom, TicketStatus expectedTo)
    {
        var json = EnvelopeJson(1, $$"""{"type":"status_changed","from":"{{from}}","to":"{{to}}"}""");

        var sut = Assert.IsType<StatusChanged>(TimelineJson.Deserialize(json).Event);

        Assert.Equal(expectedFrom, sut.From);
        Assert.Equal(expectedTo, sut.To);
    }

    [Fact]
    public void DeserializeEvent_TypeAfterTheOtherMembers_IsStillRecognised()
    {
        var sut = TimelineJson.DeserializeEvent("""{"into_ticket_id":"T-1","from_ticket_id":"T-2","type":"merged"}""", schemaVersion: 1);

        Assert.Equal(new Merged { IntoTicketId = "T-1", FromTicketId = "T-2" }, sut);
    }

    [Fact]
    public void DeserializeEvent_NotAnObject_ThrowsJsonException()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => TimelineJson.DeserializeEvent("[1,2]", schemaVersion: 1));
    }

    [Fact]
    public void DeserializeEvent_StatusChangedV1_Upcasts()
    {
        var sut = TimelineJson.DeserializeEvent("""{"type":"status_changed","to":"pending"}""", schemaVersion: 1);

        Assert.Equal(new StatusChanged { To = TicketStatus.PendingCustomer }, sut);
    }

    [Fact]
    public void Deserialize_StatusChangedV2WithLegacyName_IsRejected()
    {
        var json = EnvelopeJson(2, """{"type":"status_changed","to":"pending"}""");

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => TimelineJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_UnknownType_ThrowsUnknownEventTypeNamingIt()
    {
        var json = EnvelopeJson(1, """{"type":"ticket_teleported","to":"mars"}""");

        var error = Assert.Throws<UnknownEventTypeException>(() => TimelineJson.Deserialize(json));

        Assert.Equal("ticket_teleported", error.WireName);
        Assert.Contains("ticket_teleported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingType_ThrowsUnknownEventType()
    {
        var json = EnvelopeJson(1, """{"reason":"r"}""");

        var error = Assert.Throws<UnknownEventTypeException>(() => TimelineJson.Deserialize(json));

        Assert.Null(error.WireName);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Deserialize_UnsupportedSchemaVersion_ThrowsNamingTypeAndVersion(int schemaVersion)
    {
        var json = EnvelopeJson(schemaVersion, """{"type":"status_changed","to":"open"}""");

        var error = Assert.Throws<UnsupportedSchemaVersionException>(() => TimelineJson.Deserialize(json));

        Assert.Equal("status_changed", error.WireName);
        Assert.Equal(schemaVersion, error.SchemaVersion);
        Assert.Equal(2, error.CurrentSchemaVersion);
    }

    [Fact]
    public void DeserializeEvent_FutureVersion_ThrowsUnsupportedSchemaVersion()
    {
        var error = Assert.Throws<UnsupportedSchemaVersionException>(() => TimelineJson.DeserializeEvent("""{"type":"merged","into_ticket_id":"a","from_ticket_id":"b"}""", 2));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_UnknownType_KeepsTheTypedError()
    {
        var json = EnvelopeJson(1, """{"type":"nope"}""");

        await Assert.ThrowsAsync<UnknownEventTypeException>(async () => await TimelineJson.ReadJsonLinesAsync(new StringReader(json)).ToListAsync());
    }
}
