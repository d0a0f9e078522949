using System.Collections.Concurrent;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Ingest;

/// <summary>A thread-safe in-memory <see cref="ICursorStore"/> for tests and single-process apps.</summary>
public sealed class InMemoryCursorStore : ICursorStore
{
    private readonly ConcurrentDictionary<EventSource, SourceCursor> cursors = new();

    /// <inheritdoc />
    public ValueTask<SourceCursor?> GetAsync(EventSource source, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(cursors.GetValueOrDefault(source));

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="cursor"/> is null.</exception>
    public ValueTask SaveAsync(EventSource source, SourceCursor cursor, CancellationToken cancellationToken = default)
    {
        cursors[source] = Guard.NotNull(cursor);
        return ValueTask.CompletedTask;
    }
}
