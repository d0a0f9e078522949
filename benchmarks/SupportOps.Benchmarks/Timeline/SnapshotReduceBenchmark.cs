using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;

namespace SupportOps.Benchmarks.Timeline;

/// <summary>
/// Reduces 1,000,000 prebuilt envelopes in 10,000 tickets into snapshots. Mean is per event
/// (OperationsPerInvoke), so events per second = 1 s / Mean. Target: at least 5 million events/s.
/// </summary>
/// <remarks>
/// The baseline is the naive way: a LINQ query per snapshot field over each ticket's stream, as a
/// read model without an incremental reducer would compute it.
/// </remarks>
public class SnapshotReduceBenchmark
{
    private const int Tickets = 10_000;
    private const int EventsPerTicket = 100;
    private const int TotalEvents = Tickets * EventsPerTicket;

    private EventEnvelope[][] _streams = [];

    [GlobalSetup]
    public void Setup() => _streams = TimelineBenchmarkData.Envelopes(TimelineBenchmarkData.Events(Tickets, EventsPerTicket));

    [Benchmark(Baseline = true, OperationsPerInvoke = TotalEvents)]
    public TicketSnapshot[] NaiveLinqQueries()
    {
        var snapshots = new TicketSnapshot[_streams.Length];
        for (var i = 0; i < _streams.Length; i++)
        {
            snapshots[i] = NaiveSnapshot(_streams[i]);
        }

        return snapshots;
    }

    [Benchmark(OperationsPerInvoke = TotalEvents)]
    public TicketSnapshot[] TicketReducerReduce()
    {
        var snapshots = new TicketSnapshot[_streams.Length];
        for (var i = 0; i < _streams.Length; i++)
        {
            var stream = _streams[i];
            snapshots[i] = TicketReducer.Reduce(TicketSnapshot.Empty(stream[0].TicketId), stream.AsSpan());
        }

        return snapshots;
    }

    private static TicketSnapshot NaiveSnapshot(EventEnvelope[] stream)
    {
        var created = stream.Select(e => e.Event).OfType<TicketCreated>().FirstOrDefault();
        var customerMessages = stream.Where(e => e.Event is CustomerMessage).ToList();
        var replies = stream.Where(e => e.Event is AgentPublicReply).ToList();
        var statuses = stream.Select(e => e.Event).OfType<StatusChanged>().ToList();
        var tags = stream.Select(e => e.Event).Aggregate(
            ImmutableSortedSet.Create<string>(StringComparer.Ordinal),
            (set, e) => e switch
            {
                TicketCreated c => set.Union(c.Tags),
                TagsChanged t => set.Union(t.Added).Except(t.Removed),
                _ => set,
            });
        return TicketSnapshot.Empty(stream[0].TicketId) with
        {
            Version = stream.Max(e => e.Version),
            Subject = created?.Subject,
            Channel = created?.Channel,
            Status = statuses.Select(s => s.To).DefaultIfEmpty(TicketStatus.New).Last(),
            Priority = stream.Select(e => e.Event).OfType<PriorityChanged>().Select(p => p.To).DefaultIfEmpty(created?.Priority ?? Priority.P2).Last(),
            Assignee = stream.Select(e => e.Event).OfType<AssigneeChanged>().Select(a => a.To).LastOrDefault(),
            Queue = stream.Select(e => e.Event).OfType<QueueChanged>().Select(q => q.To).DefaultIfEmpty(created?.Queue).Last(),
            Tags = tags,
            CustomerMessageCount = customerMessages.Count,
            AgentReplyCount = replies.Count,
            InternalNoteCount = stream.Count(e => e.Event is InternalNote),
            EscalationCount = stream.Count(e => e.Event is Escalated),
            SlaBreachCount = stream.Count(e => e.Event is SlaBreached),
            FirstCustomerMessageAt = customerMessages.Select(e => (NodaTime.Instant?)e.OccurredAt).FirstOrDefault(),
            LastCustomerMessageAt = customerMessages.Select(e => (NodaTime.Instant?)e.OccurredAt).LastOrDefault(),
            FirstAgentReplyAt = replies.Select(e => (NodaTime.Instant?)e.OccurredAt).FirstOrDefault(),
            LastAgentReplyAt = replies.Select(e => (NodaTime.Instant?)e.OccurredAt).LastOrDefault(),
            UpdatedAt = stream.Max(e => e.OccurredAt),
            LastRoutingDecision = stream.Select(e => e.Event).OfType<RoutingDecided>().LastOrDefault(),
            LastSummary = stream.Select(e => e.Event).OfType<SummaryGenerated>().LastOrDefault(),
        };
    }
}
