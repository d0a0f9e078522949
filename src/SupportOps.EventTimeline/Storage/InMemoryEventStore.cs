using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Storage;

/// <summary>
/// A thread-safe, in-memory <see cref="IEventStore"/> for tests, tools and small apps.
/// </summary>
/// <remarks>
/// <para>Each ticket stream has its own lock and its own dedupe index, so appends to different tickets
/// never wait for each other and the idempotency check is a single dictionary lookup. Appends follow the
/// semantics documented on <see cref="IEventStore.AppendAsync"/>.</para>
/// <para>Recorded-at instants come from the injected clock, read once per batch.</para>
/// <para>This type is thread-safe. Nothing is persisted: the events live as long as the instance.</para>
/// </remarks>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly IClock _clock;

    // The default string comparer is ordinal and lets the dictionaries use their fast non-randomized hashing.
    private readonly ConcurrentDictionary<string, Stream> _streams = new();

    /// <summary>Creates an empty store.</summary>
    /// <param name="clock">The clock that stamps <see cref="EventEnvelope.RecordedAt"/>; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public InMemoryEventStore(IClock clock) => _clock = Guard.NotNull(clock);

    /// <summary>Appends a batch synchronously; see <see cref="IEventStore.AppendAsync"/> for the semantics.</summary>
    /// <param name="request">The ticket, expected version and events; must not be null.</param>
    /// <returns>Which events were appended and which were duplicates, with their stored envelopes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="EventStreamConcurrencyException">The batch holds new events and the stream is not at the expected version.</exception>
    public AppendResult Append(AppendRequest request)
    {
        Guard.NotNull(request);
        var stream = _streams.GetOrAdd(request.TicketId, static _ => new Stream());
        lock (stream.Gate)
        {
            return stream.Append(request, _clock);
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Append(request));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<EventEnvelope>> ReadStreamAsync(string ticketId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(ticketId);
        if (fromVersion < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fromVersion), fromVersion, $"fromVersion must be at least 1, but was {fromVersion}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (!_streams.TryGetValue(ticketId, out var stream))
        {
            return ValueTask.FromResult<IReadOnlyList<EventEnvelope>>([]);
        }

        lock (stream.Gate)
        {
            var events = stream.Events;
            if (fromVersion > events.Count)
            {
                return ValueTask.FromResult<IReadOnlyList<EventEnvelope>>([]);
            }

            var start = (int)(fromVersion - 1);
            return ValueTask.FromResult<IReadOnlyList<EventEnvelope>>(CollectionsMarshal.AsSpan(events)[start..].ToArray());
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<EventEnvelope>> ReadRangeAsync(Interval range, EventTimeAxis axis = EventTimeAxis.OccurredAt, CancellationToken cancellationToken = default)
    {
        if (axis is not (EventTimeAxis.OccurredAt or EventTimeAxis.RecordedAt))
        {
            throw new ArgumentOutOfRangeException(nameof(axis), axis, $"axis {axis} is not a defined time axis.");
        }

        var matches = new List<EventEnvelope>();
        foreach (var stream in _streams.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (stream.Gate)
            {
                foreach (var envelope in stream.Events)
                {
                    if (range.Contains(axis == EventTimeAxis.OccurredAt ? envelope.OccurredAt : envelope.RecordedAt))
                    {
                        matches.Add(envelope);
                    }
                }
            }
        }

        matches.Sort(axis == EventTimeAxis.OccurredAt ? EnvelopeOrder.ByOccurredAt : EnvelopeOrder.ByRecordedAt);
        return ValueTask.FromResult<IReadOnlyList<EventEnvelope>>(matches);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<string>> ListTicketIdsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ids = new List<string>(_streams.Count);
        foreach (var (ticketId, stream) in _streams)
        {
            lock (stream.Gate)
            {
                if (stream.Events.Count > 0)
                {
                    ids.Add(ticketId);
                }
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ValueTask.FromResult<IReadOnlyList<string>>(ids);
    }

    /// <inheritdoc />
    public ValueTask<long> GetVersionAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(ticketId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_streams.TryGetValue(ticketId, out var stream))
        {
            return ValueTask.FromResult(0L);
        }

        lock (stream.Gate)
        {
            return ValueTask.FromResult((long)stream.Events.Count);
        }
    }

    private sealed class Stream
    {
        public readonly Lock Gate = new();
        public readonly List<EventEnvelope> Events = [];
        private readonly Dictionary<string, EventEnvelope> _byDedupeKey = [];

        /// <summary>Batches up to this size find repeated keys by a linear scan instead of a dictionary.</summary>
        private const int LinearScanLimit = 16;

        /// <summary>Appends under <see cref="Gate"/>: decide every event's fate first, then check the version, then write.</summary>
        public AppendResult Append(AppendRequest request, IClock clock)
            => request.Events.Length == 1 ? AppendOne(request, clock) : AppendBatch(request, clock);

        /// <summary>The common single-event request, without the bookkeeping arrays of a batch.</summary>
        private AppendResult AppendOne(AppendRequest request, IClock clock)
        {
            var item = request.Events[0];
            var current = (long)Events.Count;
            if (_byDedupeKey.TryGetValue(item.DedupeKey, out var existing))
            {
                var duplicate = ImmutableCollectionsMarshalHelper.AsImmutable(new[] { existing });
                return new AppendResult { TicketId = request.TicketId, Version = current, Events = duplicate, Appended = [], Duplicates = duplicate };
            }

            if (!request.ExpectedVersion.IsMetBy(current))
            {
                throw new EventStreamConcurrencyException(request.TicketId, request.ExpectedVersion, current);
            }

            var envelope = Write(request.TicketId, item, current + 1, clock.GetCurrentInstant());
            var appended = ImmutableCollectionsMarshalHelper.AsImmutable(new[] { envelope });
            return new AppendResult { TicketId = request.TicketId, Version = current + 1, Events = appended, Appended = appended, Duplicates = [] };
        }

        private AppendResult AppendBatch(AppendRequest request, IClock clock)
        {
            var items = request.Events;
            var current = (long)Events.Count;

            // Pass 1: classify without writing. stored[i] is the envelope a duplicate repeats; sameBatchAs[i] is
            // 1 + the index of an earlier event of this batch with the same key (resolved after the write).
            var stored = new EventEnvelope?[items.Length];
            int[]? sameBatchAs = null;
            Dictionary<string, int>? batchKeys = items.Length > LinearScanLimit ? new(items.Length) : null;
            var newCount = 0;
            for (var i = 0; i < items.Length; i++)
            {
                var key = items[i].DedupeKey;
                if (_byDedupeKey.TryGetValue(key, out var existing))
                {
                    stored[i] = existing;
                }
                else if (EarlierInBatch(items, i, batchKeys) is var first and >= 0)
                {
                    sameBatchAs ??= new int[items.Length];
                    sameBatchAs[i] = first + 1;
                }
                else
                {
                    newCount++;
                }
            }

            if (newCount > 0 && !request.ExpectedVersion.IsMetBy(current))
            {
                throw new EventStreamConcurrencyException(request.TicketId, request.ExpectedVersion, current);
            }

            // Pass 2: write the new events with contiguous versions. results holds one envelope per request
            // item; when the batch is all new (or all duplicates) it doubles as the appended (or duplicates) list.
            var recordedAt = newCount > 0 ? clock.GetCurrentInstant() : default;
            var duplicateCount = items.Length - newCount;
            var results = new EventEnvelope[items.Length];
            var appended = duplicateCount == 0 ? results : newCount == 0 ? [] : new EventEnvelope[newCount];
            var duplicates = newCount == 0 ? results : duplicateCount == 0 ? [] : new EventEnvelope[duplicateCount];
            int appendedIndex = 0, duplicateIndex = 0;
            for (var i = 0; i < items.Length; i++)
            {
                EventEnvelope envelope;
                if (stored[i] is { } existing)
                {
                    envelope = existing;
                    duplicates[duplicateIndex++] = envelope;
                }
                else if (sameBatchAs is not null && sameBatchAs[i] != 0)
                {
                    envelope = results[sameBatchAs[i] - 1];
                    duplicates[duplicateIndex++] = envelope;
                }
                else
                {
                    envelope = Write(request.TicketId, items[i], ++current, recordedAt);
                    appended[appendedIndex++] = envelope;
                }

                results[i] = envelope;
            }

            return new AppendResult
            {
                TicketId = request.TicketId,
                Version = current,
                Events = ImmutableCollectionsMarshalHelper.AsImmutable(results),
                Appended = ImmutableCollectionsMarshalHelper.AsImmutable(appended),
                Duplicates = ImmutableCollectionsMarshalHelper.AsImmutable(duplicates),
            };
        }

        /// <summary>The index of the first earlier event of the batch with item <paramref name="index"/>'s key, or -1.</summary>
        private static int EarlierInBatch(ImmutableArray<NewEvent> items, int index, Dictionary<string, int>? batchKeys)
        {
            var key = items[index].DedupeKey;
            if (batchKeys is not null)
            {
                return batchKeys.TryAdd(key, index) ? -1 : batchKeys[key];
            }

            for (var earlier = 0; earlier < index; earlier++)
            {
                if (string.Equals(items[earlier].DedupeKey, key, StringComparison.Ordinal))
                {
                    return earlier;
                }
            }

            return -1;
        }

        private EventEnvelope Write(string ticketId, NewEvent item, long version, Instant recordedAt)
        {
            var envelope = item.ToEnvelope(ticketId, version, recordedAt);
            _byDedupeKey.Add(item.DedupeKey, envelope);
            Events.Add(envelope);
            return envelope;
        }
    }
}
