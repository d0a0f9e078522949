using System.Text;
using System.Text.Json;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Exports;

/// <summary>Writes a ticket's transcript in one of the <see cref="TranscriptFormat"/>s with the EventTimeline exporters.</summary>
internal static class TranscriptExporter
{
    /// <summary>Renders the transcript.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="events">The stream, in version order (not empty).</param>
    /// <param name="format">The format.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The UTF-8 content, its media type and file extension.</returns>
    public static async Task<(byte[] Content, string ContentType, string Extension)> RenderAsync(string ticketId, IReadOnlyList<EventEnvelope> events, TranscriptFormat format, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case TranscriptFormat.Json:
                return (Json(ticketId, events), "application/json; charset=utf-8", "json");
            case TranscriptFormat.Csv:
                return (await WriteAsync(new CsvTimelineExporter(), events, cancellationToken).ConfigureAwait(false), "text/csv; charset=utf-8", "csv");
            default:
                return (await WriteAsync(new MarkdownTranscriptExporter(), events, cancellationToken).ConfigureAwait(false), "text/markdown; charset=utf-8", "md");
        }
    }

    private static async Task<byte[]> WriteAsync(ITimelineExporter exporter, IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await exporter.WriteAsync(writer, events, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static byte[] Json(string ticketId, IReadOnlyList<EventEnvelope> events)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("ticket_id", ticketId);
            json.WriteNumber("version", events[^1].Version);
            json.WriteStartArray("events");
            foreach (var envelope in events)
            {
                json.WriteRawValue(TimelineJson.SerializeToUtf8Bytes(envelope), skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
