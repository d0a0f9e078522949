using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>
/// Reads and writes envelopes and events as JSON and JSON Lines, with source-generated System.Text.Json.
/// </summary>
/// <remarks>
/// <para>An envelope is one JSON object: <c>event_id</c>, <c>ticket_id</c>, <c>version</c>,
/// <c>occurred_at</c>, <c>recorded_at</c>, <c>actor</c> (<c>kind</c>, <c>id</c>, <c>display_name</c>),
/// <c>source</c>, <c>dedupe_key</c>, <c>schema_version</c> and <c>event</c>, whose <c>type</c> is the
/// event's wire name. Property names and enum values are snake_case; instants are ISO-8601 UTC
/// (<c>2026-03-08T06:30:00Z</c>); durations are ISO-8601 (<c>PT4H</c>); null members are omitted.</para>
/// <para>Reading upcasts events written with an older schema version to the current shape and rejects
/// unknown types and future versions with <see cref="UnknownEventTypeException"/> and
/// <see cref="UnsupportedSchemaVersionException"/>.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class TimelineJson
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>The generated metadata with relaxed escaping: JSON Lines files are data, not HTML, so text stays readable.</summary>
    private static readonly TimelineJsonContext Context = new(
        new JsonSerializerOptions(TimelineJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Serializes an envelope to a JSON string.</summary>
    /// <param name="envelope">The envelope; must not be null.</param>
    /// <returns>The JSON text, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is null.</exception>
    public static string Serialize(EventEnvelope envelope)
        => JsonSerializer.Serialize(ToWireModel(Guard.NotNull(envelope)), Context.EnvelopeWriteModel);

    /// <summary>Serializes an envelope to UTF-8 JSON bytes.</summary>
    /// <param name="envelope">The envelope; must not be null.</param>
    /// <returns>The UTF-8 JSON, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(EventEnvelope envelope)
        => JsonSerializer.SerializeToUtf8Bytes(ToWireModel(Guard.NotNull(envelope)), Context.EnvelopeWriteModel);

    /// <summary>Deserializes an envelope, upcasting its event to the current schema.</summary>
    /// <param name="json">The JSON text; must not be null.</param>
    /// <returns>The envelope, with <see cref="EventEnvelope.SchemaVersion"/> set to the current version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="UnknownEventTypeException">The event's type is missing or unknown.</exception>
    /// <exception cref="UnsupportedSchemaVersionException">The event's schema version cannot be read by this build.</exception>
    /// <exception cref="JsonException">The JSON is malformed or misses a required member.</exception>
    public static EventEnvelope Deserialize(string json)
        => FromWireModel(JsonSerializer.Deserialize(Guard.NotNull(json), Context.EnvelopeReadModel));

    /// <summary>Deserializes an envelope from UTF-8 JSON, upcasting its event to the current schema.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The envelope, with <see cref="EventEnvelope.SchemaVersion"/> set to the current version.</returns>
    /// <exception cref="UnknownEventTypeException">The event's type is missing or unknown.</exception>
    /// <exception cref="UnsupportedSchemaVersionException">The event's schema version cannot be read by this build.</exception>
    /// <exception cref="JsonException">The JSON is malformed or misses a required member.</exception>
    public static EventEnvelope Deserialize(ReadOnlySpan<byte> utf8Json)
        => FromWireModel(JsonSerializer.Deserialize(utf8Json, Context.EnvelopeReadModel));

    /// <summary>Serializes an event alone (with its <c>type</c>), for stores that keep envelope fields in columns.</summary>
    /// <param name="ticketEvent">The event; must not be null.</param>
    /// <returns>The JSON text; its schema version is <see cref="TicketEventCatalog.CurrentSchemaVersion"/> of the event's kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticketEvent"/> is null.</exception>
    public static string SerializeEvent(TicketEvent ticketEvent)
        => JsonSerializer.Serialize(Guard.NotNull(ticketEvent), Context.TicketEvent);

    /// <summary>Deserializes an event written by <see cref="SerializeEvent"/> with a given schema version, upcasting it.</summary>
    /// <param name="json">The event's JSON text, including its <c>type</c>; must not be null.</param>
    /// <param name="schemaVersion">The schema version the event was written with.</param>
    /// <returns>The event in its current shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="UnknownEventTypeException">The event's type is missing or unknown.</exception>
    /// <exception cref="UnsupportedSchemaVersionException"><paramref name="schemaVersion"/> cannot be read by this build.</exception>
    /// <exception cref="JsonException">The JSON is malformed, not an object, or misses a required member.</exception>
    public static TicketEvent DeserializeEvent(string json, int schemaVersion)
    {
        var eventObject = JsonNode.Parse(Guard.NotNull(json)) as JsonObject
            ?? throw new JsonException("A ticket event must be a JSON object.");
        return ReadEvent(eventObject, schemaVersion);
    }

    /// <summary>Writes envelopes as JSON Lines: one envelope per line, each line ending in <c>\n</c>.</summary>
    /// <param name="writer">The destination; must not be null. It is flushed, not closed.</param>
    /// <param name="envelopes">The envelopes, in the order to write them; must not be null.</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    /// <returns>A task that completes when every line is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="envelopes"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteJsonLinesAsync(TextWriter writer, IEnumerable<EventEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(writer);
        Guard.NotNull(envelopes);
        foreach (var envelope in envelopes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(Serialize(envelope).AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync('\n').ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes envelopes as UTF-8 JSON Lines to a stream.</summary>
    /// <param name="stream">The destination; must not be null. It is flushed, not closed.</param>
    /// <param name="envelopes">The envelopes, in the order to write them; must not be null.</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    /// <returns>A task that completes when every line is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="envelopes"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteJsonLinesAsync(Stream stream, IEnumerable<EventEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream);
        Guard.NotNull(envelopes);
        foreach (var envelope in envelopes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await stream.WriteAsync(SerializeToUtf8Bytes(envelope), cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads JSON Lines envelopes, skipping blank lines.</summary>
    /// <param name="reader">The source; must not be null. It is not closed.</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    /// <returns>The envelopes in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid envelope; the message names the line number. <see cref="UnknownEventTypeException"/> and <see cref="UnsupportedSchemaVersionException"/> are raised as they are.</exception>
    public static IAsyncEnumerable<EventEnvelope> ReadJsonLinesAsync(TextReader reader, CancellationToken cancellationToken = default)
        => ReadJsonLinesCore(Guard.NotNull(reader), cancellationToken);

    private static async IAsyncEnumerable<EventEnvelope> ReadJsonLinesCore(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineNumber = 0L;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            EventEnvelope envelope;
            try
            {
                envelope = Deserialize(line);
            }
            catch (JsonException exception) when (exception is not UnknownEventTypeException and not UnsupportedSchemaVersionException)
            {
                throw new JsonException($"Line {lineNumber}: {exception.Message}", null, lineNumber, null, exception);
            }

            yield return envelope;
        }
    }

    private static EnvelopeWriteModel ToWireModel(EventEnvelope envelope) => new(
        envelope.EventId,
        envelope.TicketId,
        envelope.Version,
        envelope.OccurredAt,
        envelope.RecordedAt,
        envelope.Actor,
        envelope.Source,
        envelope.DedupeKey,
        TicketEventCatalog.CurrentSchemaVersion(envelope.Event.Kind),
        envelope.Event);

    private static EventEnvelope FromWireModel(EnvelopeReadModel? model)
    {
        if (model is null)
        {
            throw new JsonException("Expected an event envelope object but found null.");
        }

        if (model.EventId.Length == 0 || model.TicketId.Length == 0 || model.DedupeKey.Length == 0)
        {
            throw new JsonException("An event envelope needs a non-empty event_id, ticket_id and dedupe_key.");
        }

        if (model.Version < 1)
        {
            throw new JsonException($"An event envelope's version must be at least 1, but was {model.Version}.");
        }

        var ticketEvent = ReadEvent(model.Event, model.SchemaVersion);
        return new EventEnvelope
        {
            EventId = model.EventId,
            TicketId = model.TicketId,
            Version = model.Version,
            OccurredAt = model.OccurredAt,
            RecordedAt = model.RecordedAt,
            Actor = model.Actor,
            Source = model.Source,
            DedupeKey = model.DedupeKey,
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(ticketEvent.Kind),
            Event = ticketEvent,
        };
    }

    private static TicketEvent ReadEvent(JsonObject eventObject, int schemaVersion)
    {
        EventUpcasters.Upcast(eventObject, schemaVersion);
        return eventObject.Deserialize(Context.TicketEvent)
            ?? throw new JsonException("Expected a ticket event object but found null.");
    }
}
