using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Storage;

/// <summary>
/// The port to the ticket event store: one append-only stream per ticket, versioned 1, 2, 3 ...
/// </summary>
/// <remarks>
/// <para><see cref="InMemoryEventStore"/> implements it for tests and small apps; the sample host implements
/// it on EF Core. Implementations must be safe for concurrent use and must honour the append semantics
/// below exactly, so callers can rely on them whatever the backing store.</para>
/// </remarks>
public interface IEventStore
{
    /// <summary>Appends a batch of events to one ticket's stream, atomically and idempotently.</summary>
    /// <param name="request">The ticket, expected version and events; must not be null.</param>
    /// <param name="cancellationToken">Cancels the append before it is written.</param>
    /// <returns>Which events were appended and which were duplicates, with their stored envelopes.</returns>
    /// <remarks>
    /// <para><b>Idempotency.</b> An event whose dedupe key is already in the stream, or that repeats the key
    /// of an earlier event in the same batch, is a duplicate: it is not written, and the result returns the
    /// stored (or earlier) envelope in its place.</para>
    /// <para><b>Pure-duplicate batches</b> are no-ops that always succeed, whatever the expected version:
    /// redelivering a batch that was already appended never fails.</para>
    /// <para><b>Batches with new events</b> are checked against the expected version (the stream's version
    /// before the append). On a mismatch nothing is written, not even the new events, and
    /// <see cref="EventStreamConcurrencyException"/> is thrown. On a match the new events get the next
    /// contiguous versions in request order and the duplicates are reported beside them.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="EventStreamConcurrencyException">The batch holds new events and the stream is not at the expected version.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one ticket's stream in version order, starting at a version.</summary>
    /// <param name="ticketId">The ticket id; must not be null.</param>
    /// <param name="fromVersion">The first version to return (1 for the whole stream).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The envelopes with versions at or after <paramref name="fromVersion"/>; empty when the stream does not exist.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticketId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fromVersion"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<IReadOnlyList<EventEnvelope>> ReadStreamAsync(string ticketId, long fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>Reads the events of every ticket whose chosen instant lies in a time range.</summary>
    /// <param name="range">The range; its start is inclusive and its end exclusive (an unbounded side matches everything).</param>
    /// <param name="axis">Whether to filter on when events occurred or when they were recorded.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The envelopes ordered by the chosen instant, then ticket id (ordinal), then version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not defined.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<IReadOnlyList<EventEnvelope>> ReadRangeAsync(Interval range, EventTimeAxis axis = EventTimeAxis.OccurredAt, CancellationToken cancellationToken = default);

    /// <summary>Lists the ids of the tickets that have at least one event, in ordinal order.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ticket ids.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<IReadOnlyList<string>> ListTicketIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a ticket stream's current version: the version of its last event, or 0 when it has none.</summary>
    /// <param name="ticketId">The ticket id; must not be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The current version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticketId"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<long> GetVersionAsync(string ticketId, CancellationToken cancellationToken = default);
}
