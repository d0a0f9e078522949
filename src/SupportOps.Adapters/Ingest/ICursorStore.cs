using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Ingest;

/// <summary>Remembers, per source, the last cursor whose changes were durably ingested.</summary>
/// <remarks>Implementations must make <see cref="SaveAsync"/> durable before it returns, and be thread-safe.</remarks>
public interface ICursorStore
{
    /// <summary>Gets the last saved cursor of a source.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The cursor, or null when the source was never ingested.</returns>
    ValueTask<SourceCursor?> GetAsync(EventSource source, CancellationToken cancellationToken = default);

    /// <summary>Saves a source's cursor.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cursor">The cursor. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the cursor is durable.</returns>
    ValueTask SaveAsync(EventSource source, SourceCursor cursor, CancellationToken cancellationToken = default);
}
