using System.Globalization;
using System.Text.Json;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.IngestCli.Storage;

/// <summary>
/// An <see cref="IEventStore"/> over a JSON Lines file (one <see cref="EventEnvelope"/> per line, in
/// the timeline's wire format), with the append semantics of <see cref="IEventStore.AppendAsync"/>.
/// </summary>
/// <remarks>
/// <para>The file is loaded once when the store is opened. Each append writes its lines and flushes
/// them to disk before returning, so a cursor saved after the append never points past events that
/// are not on disk. A torn last line (a crash mid-write) is ignored on load; a corrupt line elsewhere
/// fails the load. One process owns the file at a time; within it the store is thread-safe.</para>
/// </remarks>
internal sealed class JsonLinesEventStore : IEventStore
{
    private readonly string path;
    private readonly IClock clock;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<EventEnvelope>> streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, EventEnvelope>> byKey = new(StringComparer.Ordinal);
    private bool needsLineBreak;

    private JsonLinesEventStore(string path, IClock clock)
    {
        this.path = path;
        this.clock = clock;
    }

    /// <summary>Gets how many events the store holds.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return streams.Values.Sum(stream => stream.Count);
            }
        }
    }

    /// <summary>Opens (or starts) a store file.</summary>
    public static async Task<JsonLinesEventStore> OpenAsync(string path, IClock clock, CancellationToken cancellationToken = default)
    {
        var store = new JsonLinesEventStore(Path.GetFullPath(path), clock);
        if (!File.Exists(store.path))
        {
            return store;
        }

        var bytes = await File.ReadAllBytesAsync(store.path, cancellationToken).ConfigureAwait(false);
        var start = 0;
        var lineNumber = 0;
        while (start < bytes.Length)
        {
            lineNumber++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var isTorn = end < 0;
            var line = bytes.AsSpan(start, (isTorn ? bytes.Length : end) - start);
            if (!line.Trim(" \t\r"u8).IsEmpty)
            {
                try
                {
                    store.Load(TimelineJson.Deserialize(line));
                }
                catch (JsonException) when (isTorn)
                {
                    // A torn last line from a crash mid-append: that append never completed, so cut it off.
                    await using var file = new FileStream(store.path, FileMode.Open, FileAccess.Write, FileShare.Read);
                    file.SetLength(start);
                    file.Flush(flushToDisk: true);
                    break;
                }
                catch (JsonException exception)
                {
                    throw new InvalidDataException($"{store.path} line {lineNumber} is not a timeline event: {exception.Message}", exception);
                }
            }

            store.needsLineBreak = isTorn;
            start = isTorn ? bytes.Length : end + 1;
        }

        return store;
    }

    public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var fresh = Plan(request);
            if (fresh.Count > 0)
            {
                // Durable first: the in-memory view changes only after the lines are on disk.
                using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
                if (needsLineBreak)
                {
                    file.WriteByte((byte)'\n');
                }

                foreach (var envelope in fresh)
                {
                    file.Write(TimelineJson.SerializeToUtf8Bytes(envelope));
                    file.WriteByte((byte)'\n');
                }

                file.Flush(flushToDisk: true);
                needsLineBreak = false;
                foreach (var envelope in fresh)
                {
                    Load(envelope);
                }
            }

            var keys = byKey[request.TicketId];
            var appended = fresh.Select(e => e.DedupeKey).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return ValueTask.FromResult(new AppendResult
            {
                TicketId = request.TicketId,
                Version = streams[request.TicketId].Count,
                Events = [.. request.Events.Select(item => keys[item.DedupeKey])],
                Appended = [.. fresh],
                Duplicates = [.. request.Events.Where(item => !appended.Contains(item.DedupeKey) || !seen.Add(item.DedupeKey)).Select(item => keys[item.DedupeKey])],
            });
        }
    }

    public ValueTask<IReadOnlyList<EventEnvelope>> ReadStreamAsync(string ticketId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromVersion, 1);
        lock (gate)
        {
            IReadOnlyList<EventEnvelope> events = streams.TryGetValue(ticketId, out var stream) ? [.. stream.Where(e => e.Version >= fromVersion)] : [];
            return ValueTask.FromResult(events);
        }
    }

    public ValueTask<IReadOnlyList<EventEnvelope>> ReadRangeAsync(Interval range, EventTimeAxis axis = EventTimeAxis.OccurredAt, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<EventEnvelope> events = [.. streams.Values.SelectMany(stream => stream)
                .Where(e => range.Contains(axis == EventTimeAxis.OccurredAt ? e.OccurredAt : e.RecordedAt))
                .OrderBy(e => axis == EventTimeAxis.OccurredAt ? e.OccurredAt : e.RecordedAt)
                .ThenBy(e => e.TicketId, StringComparer.Ordinal)
                .ThenBy(e => e.Version)];
            return ValueTask.FromResult(events);
        }
    }

    public ValueTask<IReadOnlyList<string>> ListTicketIdsAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<string> ids = [.. streams.Keys.Order(StringComparer.Ordinal)];
            return ValueTask.FromResult(ids);
        }
    }

    public ValueTask<long> GetVersionAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        lock (gate)
        {
            return ValueTask.FromResult(streams.TryGetValue(ticketId, out var stream) ? (long)stream.Count : 0L);
        }
    }

    private void Load(EventEnvelope envelope)
    {
        if (!streams.TryGetValue(envelope.TicketId, out var stream))
        {
            streams[envelope.TicketId] = stream = [];
            byKey[envelope.TicketId] = new Dictionary<string, EventEnvelope>(StringComparer.Ordinal);
        }

        if (envelope.Version != stream.Count + 1)
        {
            throw new InvalidDataException($"{path}: ticket {envelope.TicketId} jumps from version {stream.Count} to {envelope.Version}.");
        }

        stream.Add(envelope);
        byKey[envelope.TicketId].TryAdd(envelope.DedupeKey, envelope);
    }

    private List<EventEnvelope> Plan(AppendRequest request)
    {
        var stream = streams.GetValueOrDefault(request.TicketId) ?? [];
        var keys = byKey.GetValueOrDefault(request.TicketId);
        var fresh = request.Events.Where(item => keys is null || !keys.ContainsKey(item.DedupeKey)).DistinctBy(item => item.DedupeKey, StringComparer.Ordinal).ToList();
        var current = (long)stream.Count;
        if (fresh.Count > 0 && !request.ExpectedVersion.IsMetBy(current))
        {
            throw new EventStreamConcurrencyException(request.TicketId, request.ExpectedVersion, current);
        }

        var recordedAt = clock.GetCurrentInstant();
        return [.. fresh.Select(item =>
        {
            var version = ++current;
            return new EventEnvelope
            {
                EventId = item.EventId ?? string.Create(CultureInfo.InvariantCulture, $"{request.TicketId}:{version}"),
                TicketId = request.TicketId,
                Version = version,
                OccurredAt = item.OccurredAt,
                RecordedAt = recordedAt,
                Actor = item.Actor,
                Source = item.Source,
                DedupeKey = item.DedupeKey,
                SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(item.Event.Kind),
                Event = item.Event,
            };
        })];
    }
}
