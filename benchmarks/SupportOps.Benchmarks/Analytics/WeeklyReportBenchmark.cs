using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.Analytics;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Reports;
using SupportOps.EventTimeline.Events;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.Benchmarks.Analytics;

/// <summary>
/// A weekly health report (this week and the previous one) over 1,000,000 events, in 100,000 tickets of
/// 10 events or 20,000 tickets of 50 events, created over three weeks. Target: at most 1 s on one core,
/// allocating in proportion to the tickets (so the 50-event case should allocate about a fifth).
/// </summary>
/// <remarks>
/// <para><c>WeeklyReport</c> is <see cref="SupportAnalytics.Compare"/> plus <see cref="HealthReportBuilder.Build"/>
/// over histories whose SLA states were evaluated beforehand (they are an input of the API);
/// <c>WeeklyReportWithSlaEvaluation</c> also evaluates every ticket's SLA state from its events first.</para>
/// <para>The baseline is the naive way: a LINQ group-by of all events by ticket, each group ordered by
/// version, and LINQ queries per figure for each of the two weeks (a subset of the figures: volume,
/// first reply and resolution percentiles, solves, reopens, backlog buckets).</para>
/// </remarks>
[MemoryDiagnoser]
public class WeeklyReportBenchmark
{
    private const int TotalEvents = 1_000_000;
    private static readonly Instant WeekStart = Instant.FromUtc(2026, 11, 30, 0, 0);
    private static readonly Actor Customer = Actor.Customer("customer");
    private static readonly Actor[] Agents = [.. Enumerable.Range(0, 50).Select(i => Actor.Agent("agent-" + i))];
    private static readonly Actor Workflow = Actor.System("workflow");
    private static readonly string[] Queues = ["billing", "support", "tech", "sales"];

    private BusinessCalendar _calendar = null!;
    private SlaEvaluator _evaluator = null!;
    private AnalyticsPeriod _period = null!;
    private TicketHistory[] _withSla = [];
    private TicketHistory[] _withoutSla = [];
    private EventEnvelope[] _allEvents = [];

    /// <summary>Gets or sets the events per ticket: 10 (100,000 tickets) or 50 (20,000 tickets).</summary>
    [Params(10, 50)]
    public int EventsPerTicket { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ticketCount = TotalEvents / EventsPerTicket;
        _calendar = new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0)).Build();
        _evaluator = new SlaEvaluator(
            new SlaPolicySetBuilder()
                .Default("standard", policy => policy
                    .FirstResponse(timer => timer.Target(Duration.FromHours(4)))
                    .Resolution(timer => timer.Target(Duration.FromHours(24))))
                .Build(),
            SlaCalendarSet.Create("utc", _calendar));
        _period = AnalyticsPeriod.Week(WeekStart, _calendar);
        var streams = new EventEnvelope[ticketCount][];
        for (var t = 0; t < ticketCount; t++)
        {
            streams[t] = Stream(t, (EventsPerTicket - 6) / 4);
        }

        _withoutSla = [.. streams.Select(s => new TicketHistory(s))];
        _withSla = [.. _withoutSla.Select(h => h.WithSla(_evaluator, _period.End))];
        _allEvents = [.. streams.SelectMany(s => s)];
        if (_allEvents.Length != TotalEvents)
        {
            throw new InvalidOperationException($"Expected 1,000,000 events, built {_allEvents.Length}.");
        }
    }

    [Benchmark(Baseline = true)]
    public NaiveFigures NaiveLinqGroupBy()
    {
        var tickets = _allEvents.GroupBy(e => e.TicketId).Select(g => g.OrderBy(e => e.Version).ToList()).ToList();
        return new NaiveFigures(Naive(tickets, _period.Previous()), Naive(tickets, _period));
    }

    [Benchmark]
    public HealthReport WeeklyReport() =>
        HealthReportBuilder.Build(SupportAnalytics.Compare(_withSla, _period, _period.End));

    [Benchmark]
    public HealthReport WeeklyReportWithSlaEvaluation() =>
        HealthReportBuilder.Build(SupportAnalytics.Compare(_withoutSla.Select(h => h.WithSla(_evaluator, _period.End)), _period, _period.End));

    private NaiveWeek Naive(List<List<EventEnvelope>> tickets, AnalyticsPeriod period)
    {
        var end = period.End;
        var created = tickets.Count(t => period.Contains(t[0].OccurredAt));
        var firstReplies = tickets
            .Select(t => (Created: t[0].OccurredAt, Reply: t.FirstOrDefault(e => e.Event is AgentPublicReply)?.OccurredAt))
            .Where(x => x.Reply is { } r && period.Contains(r))
            .ToList();
        var frtCalendar = firstReplies.Select(x => x.Reply!.Value - x.Created).OrderBy(d => d).ToList();
        var frtBusiness = firstReplies.Select(x => _calendar.Between(x.Created, x.Reply!.Value)).OrderBy(d => d).ToList();
        var statusAtEnd = tickets.Select(t => (Ticket: t, Status: t.Where(e => e.OccurredAt < end).Select(e => e.Event).OfType<StatusChanged>().LastOrDefault()?.To ?? TicketStatus.New)).ToList();
        var resolved = statusAtEnd
            .Where(x => x.Status is TicketStatus.Solved or TicketStatus.Closed)
            .Select(x => (Created: x.Ticket[0].OccurredAt, Solved: x.Ticket.Last(e => e.Event is StatusChanged { To: TicketStatus.Solved } && e.OccurredAt < end).OccurredAt))
            .Where(x => period.Contains(x.Solved))
            .ToList();
        var resCalendar = resolved.Select(x => x.Solved - x.Created).OrderBy(d => d).ToList();
        var resBusiness = resolved.Select(x => _calendar.Between(x.Created, x.Solved)).OrderBy(d => d).ToList();
        var solves = tickets.Sum(t => t.Count(e => e.Event is StatusChanged { To: TicketStatus.Solved } && period.Contains(e.OccurredAt)));
        var backlog = statusAtEnd
            .Where(x => x.Ticket[0].OccurredAt < end && x.Status is not (TicketStatus.Solved or TicketStatus.Closed))
            .GroupBy(x => (end - x.Ticket[0].OccurredAt) switch
            {
                var a when a < Duration.FromHours(4) => 0,
                var a when a < Duration.FromHours(24) => 1,
                var a when a < Duration.FromDays(3) => 2,
                var a when a < Duration.FromDays(7) => 3,
                _ => 4,
            })
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count());
        return new NaiveWeek(created, P(frtCalendar, 50), P(frtCalendar, 90), P(frtBusiness, 50), P(frtBusiness, 90), P(resCalendar, 50), P(resBusiness, 50), solves, backlog);
    }

    private static Duration? P(List<Duration> sorted, int p) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp(((p * sorted.Count) + 99) / 100, 1, sorted.Count) - 1];

    /// <summary>
    /// 6 + 4 × <paramref name="rounds"/> events per ticket (created, message, assignment, first reply, then
    /// rounds of pending / customer message / open / reply, then a solve or note and an escalation or tags);
    /// instants from a multiplicative hash of the ticket number, spread over three weeks.
    /// </summary>
    private static EventEnvelope[] Stream(int t, int rounds)
    {
        var id = "T" + t;
        var hash = unchecked((uint)t * 2654435761u);
        var created = WeekStart - Duration.FromDays(14) + Duration.FromMinutes(hash % (21 * 24 * 60));
        var frt = Duration.FromMinutes(5 + ((hash >> 7) % 600));
        var wait = Duration.FromMinutes(30 + ((hash >> 11) % 2000));
        var agent = Agents[(hash >> 3) % (uint)Agents.Length];
        var solved = (hash >> 17) % 5 != 0;
        var events = new EventEnvelope[6 + (4 * rounds)];
        var v = 0;
        var at = created;
        events[v] = Envelope(id, ++v, at, Customer, new TicketCreated
        {
            Subject = "Benchmark ticket",
            Channel = (Channel)((hash >> 5) % 7),
            Priority = (Priority)((hash >> 9) % 4),
            Tier = CustomerTier.Standard,
            RequesterId = "customer",
            Queue = Queues[(hash >> 13) % (uint)Queues.Length],
        });
        events[v] = Envelope(id, ++v, at += Duration.FromMinutes(1), Customer, new CustomerMessage { MessageId = "m", AuthorId = "customer", Body = "Help", Channel = Channel.Email });
        events[v] = Envelope(id, ++v, at += Duration.FromMinutes(4), Workflow, new AssigneeChanged { To = agent.Id });
        events[v] = Envelope(id, ++v, at = created + frt, agent, new AgentPublicReply { MessageId = "r", AuthorId = agent.Id, Body = "On it", Channel = Channel.Email });
        for (var round = 0; round < rounds; round++)
        {
            events[v] = Envelope(id, ++v, at += Duration.FromMinutes(1), agent, new StatusChanged { To = TicketStatus.PendingCustomer });
            events[v] = Envelope(id, ++v, at += wait / rounds, Customer, new CustomerMessage { MessageId = "m2", AuthorId = "customer", Body = "More", Channel = Channel.Email });
            events[v] = Envelope(id, ++v, at, Workflow, new StatusChanged { To = TicketStatus.Open });
            events[v] = Envelope(id, ++v, at += Duration.FromMinutes(30), agent, new AgentPublicReply { MessageId = "r2", AuthorId = agent.Id, Body = "Fixed", Channel = Channel.Email });
        }

        events[v] = solved
            ? Envelope(id, ++v, at += Duration.FromMinutes(60), agent, new StatusChanged { To = TicketStatus.Solved })
            : Envelope(id, ++v, at += Duration.FromMinutes(60), agent, new InternalNote { MessageId = "n", AuthorId = agent.Id, Body = "Waiting on vendor" });
        events[v] = (hash >> 19) % 10 == 0
            ? Envelope(id, ++v, at += Duration.FromMinutes(5), agent, new Escalated { Reason = "Tier 2" })
            : Envelope(id, ++v, at += Duration.FromMinutes(5), Workflow, new TagsChanged { Added = ["benchmark"] });
        return events;
    }

    private static EventEnvelope Envelope(string ticketId, int version, Instant at, Actor actor, TicketEvent e) => new()
    {
        EventId = ticketId + ":" + version,
        TicketId = ticketId,
        Version = version,
        OccurredAt = at,
        RecordedAt = at,
        Actor = actor,
        Source = EventSource.Api,
        DedupeKey = ticketId + ":" + version,
        SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Kind),
        Event = e,
    };

    /// <summary>The naive baseline's figures for the two weeks.</summary>
    public sealed record NaiveFigures(NaiveWeek Previous, NaiveWeek Current);

    /// <summary>The naive baseline's figures for one week.</summary>
    public sealed record NaiveWeek(int Created, Duration? FrtP50, Duration? FrtP90, Duration? FrtP50Business, Duration? FrtP90Business, Duration? ResP50, Duration? ResP50Business, int Solves, ImmutableSortedDictionary<int, int> Backlog);
}
