using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Exports;

/// <summary>Writes a timeline (one ticket's stream or a time range of events) in one format.</summary>
public interface ITimelineExporter
{
    /// <summary>Gets the format this exporter writes.</summary>
    TimelineExportFormat Format { get; }

    /// <summary>Writes the events, in the order given, to a text writer.</summary>
    /// <param name="writer">The destination; must not be null. It is flushed, not closed.</param>
    /// <param name="events">The events; must not be null.</param>
    /// <param name="cancellationToken">Cancels between events.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task WriteAsync(TextWriter writer, IEnumerable<EventEnvelope> events, CancellationToken cancellationToken = default);
}
