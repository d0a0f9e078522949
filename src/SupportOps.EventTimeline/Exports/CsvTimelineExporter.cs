using System.Globalization;
using CsvHelper;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Exports;

/// <summary>
/// Exports events as CSV (RFC 4180, CRLF line ends): a header, then one row per event with the envelope
/// fields, the event type, a one-line summary and the message body or summary text.
/// </summary>
/// <remarks>
/// <para>Columns: <c>event_id</c>, <c>ticket_id</c>, <c>version</c>, <c>occurred_at</c>, <c>recorded_at</c>,
/// <c>actor_kind</c>, <c>actor_id</c>, <c>actor_name</c>, <c>source</c>, <c>dedupe_key</c>,
/// <c>schema_version</c>, <c>event_type</c>, <c>summary</c>, <c>body</c>. Fields with commas, quotes or
/// line breaks are quoted; text is written as it is (no spreadsheet-formula escaping), so the export reads back exactly.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public sealed class CsvTimelineExporter : ITimelineExporter
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(
    [
        "event_id", "ticket_id", "version", "occurred_at", "recorded_at", "actor_kind", "actor_id", "actor_name",
        "source", "dedupe_key", "schema_version", "event_type", "summary", "body",
    ]);

    /// <inheritdoc />
    public TimelineExportFormat Format => TimelineExportFormat.Csv;

    /// <inheritdoc />
    public async Task WriteAsync(TextWriter writer, IEnumerable<EventEnvelope> events, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(writer);
        Guard.NotNull(events);
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        foreach (var envelope in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await csv.WriteRecordAsync(
                [
                    envelope.EventId,
                    envelope.TicketId,
                    envelope.Version.ToString(CultureInfo.InvariantCulture),
                    EventDescriptions.Time(envelope.OccurredAt),
                    EventDescriptions.Time(envelope.RecordedAt),
                    WireNames.Of(envelope.Actor.Kind),
                    envelope.Actor.Id,
                    envelope.Actor.DisplayName ?? string.Empty,
                    WireNames.Of(envelope.Source),
                    envelope.DedupeKey,
                    envelope.SchemaVersion.ToString(CultureInfo.InvariantCulture),
                    envelope.Event.WireName,
                    EventDescriptions.Describe(envelope.Event),
                    EventDescriptions.Body(envelope.Event) ?? string.Empty,
                ],
                cancellationToken).ConfigureAwait(false);
        }

        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
