using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Serialization;

public sealed partial class TimelineJsonTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Serialize_ThenDeserialize_Meets_Specification(EventEnvelope envelope)
    {
        var json = TimelineJson.Serialize(envelope);

        var sut = TimelineJson.Deserialize(json);

        Assert.Equal(envelope, sut);
        Assert.Equal(json, TimelineJson.Serialize(sut));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void SerializeToUtf8Bytes_ThenDeserialize_Meets_Specification(EventEnvelope envelope)
    {
        var sut = TimelineJson.Deserialize(TimelineJson.SerializeToUtf8Bytes(envelope));

        Assert.Equal(envelope, sut);
    }

    [Fact]
    public void Serialize_EveryKind_RoundTripsWithItsWireNameAsType()
    {
        foreach (var ticketEvent in Samples.OneOfEachKind())
        {
            var envelope = Samples.Envelope(ticketEvent);

            var json = TimelineJson.Serialize(envelope);

            using var document = JsonDocument.Parse(json);
            Assert.Equal(ticketEvent.WireName, document.RootElement.GetProperty("event").GetProperty("type").GetString());
            Assert.Equal(envelope, TimelineJson.Deserialize(json));
        }
    }

    [Fact]
    public void Serialize_StatusChanged_WritesTheDocumentedWireShape()
    {
        var envelope = Samples.Envelope(new StatusChanged { From = TicketStatus.PendingCustomer, To = TicketStatus.Solved }, version: 3);

        var sut = TimelineJson.Serialize(envelope);

        Assert.Equal(
            """{"event_id":"evt-T-1-3","ticket_id":"T-1","version":3,"occurred_at":"2026-03-08T06:33:00Z","recorded_at":"2026-03-08T06:33:02Z","actor":{"kind":"agent","id":"agent-7","display_name":"Sam Ortiz"},"source":"zendesk","dedupe_key":"zendesk:T-1:3","schema_version":2,"event":{"type":"status_changed","from":"pending_customer","to":"solved"}}""",
            sut);
    }

    [Fact]
    public void Serialize_SlaWarning_WritesInstantsAndDurationsAsIso8601()
    {
        var envelope = Samples.Envelope(new SlaWarning
        {
            TimerKind = SlaTimerKind.FirstResponse,
            Cycle = 1,
            DueAt = Samples.T0 + NodaTime.Duration.FromMilliseconds(1_500),
            Threshold = NodaTime.Duration.FromMinutes(90),
        });

        var sut = TimelineJson.Serialize(envelope);

        Assert.Contains("\"event\":{\"type\":\"sla_warning\",\"timer_kind\":\"first_response\",\"cycle\":1,\"due_at\":\"2026-03-08T06:30:01.5Z\",\"threshold\":\"PT1H30M\"}", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AccentsAndMarkup_StayReadable()
    {
        var envelope = Samples.Envelope(Samples.CustomerMessage("Zoë says \"héllo\" <b>🔥</b>"));

        var sut = TimelineJson.Serialize(envelope);

        Assert.Contains("Zoë says \\\"héllo\\\" <b>", sut, StringComparison.Ordinal);
        Assert.Equal(envelope, TimelineJson.Deserialize(sut));
    }

    [Fact]
    public void SerializeEvent_ThenDeserializeEvent_RoundTripsEveryKind()
    {
        foreach (var ticketEvent in Samples.OneOfEachKind())
        {
            var json = TimelineJson.SerializeEvent(ticketEvent);

            var sut = TimelineJson.DeserializeEvent(json, TicketEventCatalog.CurrentSchemaVersion(ticketEvent.Kind));

            Assert.Equal(ticketEvent, sut);
        }
    }

    [Fact]
    public void Deserialize_MissingRequiredMember_ThrowsJsonException()
    {
        var json = TimelineJson.Serialize(Samples.Envelope(Samples.Created())).Replace("\"subject\":\"Printer on fire\",", string.Empty, StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => TimelineJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_NullForNonNullableMember_ThrowsJsonException()
    {
        var json = TimelineJson.Serialize(Samples.Envelope(Samples.Created())).Replace("\"subject\":\"Printer on fire\"", "\"subject\":null", StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => TimelineJson.Deserialize(json));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"event_id":"e","ticket_id":"T","version":0,"occurred_at":"2026-03-08T06:30:00Z","recorded_at":"2026-03-08T06:30:00Z","actor":{"kind":"agent","id":"a"},"source":"api","dedupe_key":"k","schema_version":1,"event":{"type":"escalated","reason":"r"}}""")]
    [InlineData("""{"event_id":"e","ticket_id":"T","version":1,"occurred_at":"2026-03-08 06:30","recorded_at":"2026-03-08T06:30:00Z","actor":{"kind":"agent","id":"a"},"source":"api","dedupe_key":"k","schema_version":1,"event":{"type":"escalated","reason":"r"}}""")]
    [InlineData("""{"event_id":"e","ticket_id":"T","version":1,"occurred_at":"2026-03-08T06:30:00Z","recorded_at":"2026-03-08T06:30:00Z","actor":{"kind":"robot","id":"a"},"source":"api","dedupe_key":"k","schema_version":1,"event":{"type":"escalated","reason":"r"}}""")]
    public void Deserialize_MalformedEnvelope_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => TimelineJson.Deserialize(json));
    }

    [Fact]
    public async Task WriteJsonLinesAsync_ThenReadJsonLinesAsync_ReturnsTheSameEvents()
    {
        var events = Samples.OneOfEachKind().Select((ticketEvent, index) => Samples.Envelope(ticketEvent, index + 1)).ToArray();
        var writer = new StringWriter();

        await TimelineJson.WriteJsonLinesAsync(writer, events);
        var text = writer.ToString();
        var sut = await TimelineJson.ReadJsonLinesAsync(new StringReader(text)).ToListAsync();

        Assert.Equal(events.Length, text.Count(character => character == '\n'));
        Assert.Equal(events, sut);
    }

    [Fact]
    public async Task WriteJsonLinesAsync_ToStream_WritesUtf8Lines()
    {
        var events = Samples.Stream("T-1", Samples.Created(), Samples.CustomerMessage("ñ"));
        using var stream = new MemoryStream();

        await TimelineJson.WriteJsonLinesAsync(stream, events);
        var sut = await TimelineJson.ReadJsonLinesAsync(new StringReader(Encoding.UTF8.GetString(stream.ToArray()))).ToListAsync();

        Assert.Equal(events, sut);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_BlankLines_AreSkipped()
    {
        var line = TimelineJson.Serialize(Samples.Envelope(Samples.Created()));

        var sut = await TimelineJson.ReadJsonLinesAsync(new StringReader($"\n{line}\n   \n{line}\n\n")).ToListAsync();

        Assert.Equal(2, sut.Count);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_BrokenLine_NamesTheLineNumber()
    {
        var line = TimelineJson.Serialize(Samples.Envelope(Samples.Created()));

        var error = await Assert.ThrowsAnyAsync<JsonException>(async () => await TimelineJson.ReadJsonLinesAsync(new StringReader($"{line}\n{{\"truncated\n")).ToListAsync());

        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }

    public static class Arbitraries
    {
        public static Arbitrary<EventEnvelope> Envelope() => TimelineGen.Envelope.ToArbitrary();
    }
}
