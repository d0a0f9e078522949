using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Ports;

/// <summary>A system tickets come from (Zendesk, Slack, a mailbox), read as a feed of raw payloads.</summary>
/// <remarks>
/// <para>
/// The feed is at-least-once: after a crash the pages since the last acknowledged cursor are
/// delivered again, and the ingest pipeline makes that harmless through dedupe keys. Sources do
/// not interpret payloads; an <see cref="Ingest.ITicketNormalizer"/> does, so swapping a mock source
/// for a real client changes only the source.
/// </para>
/// <para>Implementations must be safe to call from one pipeline at a time; they need not support concurrent readers.</para>
/// </remarks>
public interface ITicketSource
{
    /// <summary>Gets which system this source reads.</summary>
    EventSource Source { get; }

    /// <summary>Checks whether the source can be read.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The health.</returns>
    ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the changes after a cursor.</summary>
    /// <param name="after">The last acknowledged cursor, or null to start from the beginning.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The next page.</returns>
    ValueTask<ChangePage> ListChangesAsync(SourceCursor? after, CancellationToken cancellationToken = default);

    /// <summary>Fetches everything the source has about one ticket.</summary>
    /// <param name="externalTicketId">The ticket id in the source system. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The payloads that describe the ticket; empty when the source does not know it.</returns>
    ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default);

    /// <summary>Acknowledges that everything up to a cursor was durably ingested.</summary>
    /// <param name="cursor">A cursor this source returned. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the acknowledgement.</param>
    /// <returns>A task that completes when the source has recorded the acknowledgement.</returns>
    ValueTask AckAsync(SourceCursor cursor, CancellationToken cancellationToken = default);
}
