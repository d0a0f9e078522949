using NodaTime;
using SupportOps.EventTimeline.Internal;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.EventTimeline.Exports;

/// <summary>Exports one ticket or a time range straight from an <see cref="IEventStore"/>.</summary>
public static class EventStoreExportExtensions
{
    /// <summary>Writes one ticket's whole stream, in version order.</summary>
    /// <param name="store">The store to read; must not be null.</param>
    /// <param name="ticketId">The ticket id; must not be null.</param>
    /// <param name="exporter">The format to write; must not be null.</param>
    /// <param name="writer">The destination; must not be null. It is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the read and the write.</param>
    /// <returns>The number of events written (0 when the ticket has none).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> ExportTicketAsync(this IEventStore store, string ticketId, ITimelineExporter exporter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(store);
        Guard.NotNull(ticketId);
        Guard.NotNull(exporter);
        Guard.NotNull(writer);
        var events = await store.ReadStreamAsync(ticketId, 1, cancellationToken).ConfigureAwait(false);
        await exporter.WriteAsync(writer, events, cancellationToken).ConfigureAwait(false);
        return events.Count;
    }

    /// <summary>Writes the events of every ticket in a time range, in the order <see cref="IEventStore.ReadRangeAsync"/> returns them.</summary>
    /// <param name="store">The store to read; must not be null.</param>
    /// <param name="range">The range; start inclusive, end exclusive.</param>
    /// <param name="axis">Whether the range applies to when events occurred or were recorded.</param>
    /// <param name="exporter">The format to write; must not be null.</param>
    /// <param name="writer">The destination; must not be null. It is flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the read and the write.</param>
    /// <returns>The number of events written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not defined.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<int> ExportRangeAsync(this IEventStore store, Interval range, EventTimeAxis axis, ITimelineExporter exporter, TextWriter writer, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(store);
        Guard.NotNull(exporter);
        Guard.NotNull(writer);
        var events = await store.ReadRangeAsync(range, axis, cancellationToken).ConfigureAwait(false);
        await exporter.WriteAsync(writer, events, cancellationToken).ConfigureAwait(false);
        return events.Count;
    }
}
