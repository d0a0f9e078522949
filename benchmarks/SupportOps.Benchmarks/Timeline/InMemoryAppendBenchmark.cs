using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Benchmarks.Timeline;

/// <summary>
/// Appends 100,000 events (1,000 tickets x 100) to a fresh <see cref="InMemoryEventStore"/> on one thread.
/// Mean is per event (OperationsPerInvoke), so events per second = 1 s / Mean. Target: at least 1 million
/// events/s with the idempotency check.
/// </summary>
/// <remarks>
/// The baseline appends the same envelopes, in the same interleaved ticket order as the one-event
/// requests, to per-ticket lists under one store-wide lock with no dedupe check and no result objects:
/// the floor that the dedupe index, per-stream locking and results are measured against.
/// </remarks>
public class InMemoryAppendBenchmark
{
    private const int Tickets = 1_000;
    private const int EventsPerTicket = 100;
    private const int TotalEvents = Tickets * EventsPerTicket;
    private const int BatchSize = 10;

    private static readonly IClock Clock = new FixedClock(TimelineBenchmarkData.Start);

    private AppendRequest[] _singles = [];
    private AppendRequest[] _batches = [];
    private EventEnvelope[] _envelopes = [];
    private InMemoryEventStore _filled = null!;

    [GlobalSetup]
    public void Setup()
    {
        var events = TimelineBenchmarkData.Events(Tickets, EventsPerTicket);
        var envelopes = TimelineBenchmarkData.Envelopes(events).SelectMany(stream => stream).ToArray();
        var newEvents = envelopes.Select(envelope => new NewEvent
        {
            Event = envelope.Event,
            OccurredAt = envelope.OccurredAt,
            Actor = envelope.Actor,
            Source = envelope.Source,
            DedupeKey = envelope.DedupeKey,
            EventId = envelope.EventId,
        }).ToArray();

        // Interleave tickets as ingest does: event 1 of every ticket, then event 2, ... The baseline appends
        // the same envelopes in the same order, so both touch the streams in the same pattern.
        var interleaved = Enumerable.Range(0, EventsPerTicket)
            .SelectMany(i => Enumerable.Range(0, Tickets).Select(ticket => (ticket * EventsPerTicket) + i))
            .ToArray();
        _envelopes = interleaved.Select(index => envelopes[index]).ToArray();
        _singles = interleaved.Select(index => new AppendRequest(TicketOf(newEvents[index]), ExpectedVersion.Any, [newEvents[index]])).ToArray();
        _batches = newEvents.Chunk(BatchSize)
            .Select(chunk => new AppendRequest(TicketOf(chunk[0]), ExpectedVersion.Any, chunk))
            .ToArray();
        _filled = new InMemoryEventStore(Clock);
        foreach (var request in _singles)
        {
            _filled.Append(request);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TotalEvents)]
    public int GlobalLockNoDedupe()
    {
        var gate = new Lock();
        var streams = new Dictionary<string, List<EventEnvelope>>(StringComparer.Ordinal);
        foreach (var envelope in _envelopes)
        {
            lock (gate)
            {
                if (!streams.TryGetValue(envelope.TicketId, out var stream))
                {
                    streams.Add(envelope.TicketId, stream = []);
                }

                stream.Add(envelope with { Version = stream.Count + 1, RecordedAt = Clock.GetCurrentInstant() });
            }
        }

        return streams.Count;
    }

    [Benchmark(OperationsPerInvoke = TotalEvents)]
    public long AppendOneEventPerRequest()
    {
        var store = new InMemoryEventStore(Clock);
        long version = 0;
        foreach (var request in _singles)
        {
            version += store.Append(request).Version;
        }

        return version;
    }

    [Benchmark(OperationsPerInvoke = TotalEvents)]
    public long AppendBatchesOfTen()
    {
        var store = new InMemoryEventStore(Clock);
        long version = 0;
        foreach (var request in _batches)
        {
            version += store.Append(request).Version;
        }

        return version;
    }

    [Benchmark(OperationsPerInvoke = TotalEvents)]
    public int RedeliverEveryEvent()
    {
        var duplicates = 0;
        foreach (var request in _singles)
        {
            duplicates += _filled.Append(request).Duplicates.Length;
        }

        return duplicates;
    }

    private static string TicketOf(NewEvent item) => item.EventId![..item.EventId!.IndexOf(':', StringComparison.Ordinal)];

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
