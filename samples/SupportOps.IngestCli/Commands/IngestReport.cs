using System.Text;
using System.Text.Json;
using SupportOps.Adapters.Ingest;

namespace SupportOps.IngestCli.Commands;

/// <summary>Writes the per-source results of an ingest run as one JSON object.</summary>
internal static class IngestReport
{
    public static string ToJson(IReadOnlyList<SourceIngestResult> results, string store, int eventsInStore, string deadLetters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("sources");
            foreach (var result in results)
            {
                writer.WriteStartObject(ExternalIds.SourceName(result.Source));
                writer.WriteNumber("pages_read", result.PagesRead);
                writer.WriteNumber("tickets_upserted", result.TicketsUpserted);
                writer.WriteNumber("events_appended", result.EventsAppended);
                writer.WriteNumber("duplicates_skipped", result.DuplicatesSkipped);
                writer.WriteNumber("superseded_skipped", result.SupersededSkipped);
                writer.WriteNumber("dead_lettered", result.DeadLettered);
                writer.WriteNumber("ignored", result.Ignored);
                writer.WriteNumber("errors", result.Errors);
                if (result.LastError is { } lastError)
                {
                    writer.WriteString("last_error", lastError);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteString("store", store);
            writer.WriteNumber("events_in_store", eventsInStore);
            writer.WriteString("dead_letters", deadLetters);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
