using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Exports;

/// <summary>
/// Exports events as a Markdown transcript a person can read: a heading per ticket, one line per event
/// (time, actor, what happened) and message bodies quoted beneath.
/// </summary>
/// <remarks>
/// <para>Tickets appear in the order of their first event in the input, each with its events in input
/// order. The heading shows the subject when the ticket's <c>ticket_created</c> is among the events.
/// Line breaks inside subjects and reasons become spaces; bodies keep theirs. Lines end in <c>\n</c>.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public sealed class MarkdownTranscriptExporter : ITimelineExporter
{
    /// <inheritdoc />
    public TimelineExportFormat Format => TimelineExportFormat.Markdown;

    /// <inheritdoc />
    public async Task WriteAsync(TextWriter writer, IEnumerable<EventEnvelope> events, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(writer);
        Guard.NotNull(events);
        var tickets = new List<(string TicketId, List<EventEnvelope> Events)>();
        var indexByTicket = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var envelope in events)
        {
            if (!indexByTicket.TryGetValue(envelope.TicketId, out var index))
            {
                index = tickets.Count;
                indexByTicket.Add(envelope.TicketId, index);
                tickets.Add((envelope.TicketId, []));
            }

            tickets[index].Events.Add(envelope);
        }

        var first = true;
        foreach (var (ticketId, ticketEvents) in tickets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!first)
            {
                await writer.WriteAsync('\n').ConfigureAwait(false);
            }

            first = false;
            var subject = ticketEvents.Select(envelope => envelope.Event).OfType<TicketCreated>().FirstOrDefault()?.Subject;
            var heading = subject is null ? $"## Ticket {ticketId}" : $"## Ticket {ticketId}: {subject}";
            await writer.WriteAsync($"{OneLine(heading)}\n\n".AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var envelope in ticketEvents)
            {
                var line = OneLine($"- {EventDescriptions.Time(envelope.OccurredAt)} · {EventDescriptions.ActorName(envelope.Actor)} {EventDescriptions.Describe(envelope.Event)}") + "\n";
                await writer.WriteAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
                if (EventDescriptions.Body(envelope.Event) is { } body)
                {
                    await writer.WriteAsync(Quote(body).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps a heading or event line on one line when a subject or reason contains line breaks.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Quote(string body)
    {
        var lines = body.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        return string.Concat(lines.Select(line => line.Length == 0 ? "  >\n" : $"  > {line}\n"));
    }
}
