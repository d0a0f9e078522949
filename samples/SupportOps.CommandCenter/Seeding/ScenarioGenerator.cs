using System.Globalization;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.SlaEngine.Timers;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.CommandCenter.Seeding;

/// <summary>
/// Injects the tickets the command center must make obvious: first responses about to breach and
/// breached, next responses near breach, resolutions breached, and tickets paused while pending the
/// customer, each placed so it is in that state at the anchor instant.
/// </summary>
/// <remarks>
/// <para>Placement uses the real SLA policies and calendar: for each ticket the creation instant is
/// found by bisection so that the timer's remaining business time at the anchor is the wanted fraction
/// of its target (remaining time is continuous and monotonic in the creation instant). Deterministic
/// for a seed and anchor.</para>
/// </remarks>
internal static class ScenarioGenerator
{
    /// <summary>The scenarios: name, count, timer and remaining fraction of the target at the anchor.</summary>
    public static IReadOnlyList<(string Name, int Count, SlaTimerKind Timer, double Remaining)> Scenarios { get; } =
    [
        ("first-response-about-to-breach", 6, SlaTimerKind.FirstResponse, 0.15),
        ("first-response-breached", 4, SlaTimerKind.FirstResponse, -0.5),
        ("next-response-near-breach", 8, SlaTimerKind.NextResponse, 0.2),
        ("resolution-breached", 5, SlaTimerKind.Resolution, -0.25),
        ("paused-pending-customer", 10, SlaTimerKind.Resolution, double.NaN),
    ];

    /// <summary>The number of tickets the scenarios add.</summary>
    public static int Count { get; } = Scenarios.Sum(s => s.Count);

    /// <summary>Generates the scenario tickets, numbered from <paramref name="firstNumber"/>.</summary>
    public static IEnumerable<AppendRequest> Generate(Random random, Instant anchor, TicketStateCalculator calculator, int firstNumber)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(calculator);
        var number = firstNumber;
        foreach (var (name, count, timer, remaining) in Scenarios)
        {
            for (var i = 0; i < count; i++)
            {
                var ticketId = string.Create(CultureInfo.InvariantCulture, $"T-{number++:D6}");
                var agent = SeedGenerator.Agents[random.Next(SeedGenerator.Agents.Length)];
                var shape = new Shape(
                    ticketId,
                    name,
                    random.Next(2) == 0 ? Channel.Email : Channel.Chat,
                    random.Next(3) == 0 ? Priority.P1 : Priority.P2,
                    (CustomerTier)random.Next(4),
                    $"cust-{random.Next(1, 40):D5}",
                    agent.Id,
                    agent.Queue);
                var created = double.IsNaN(remaining)
                    ? anchor - Duration.FromMinutes(180 + random.Next(3 * 1440))
                    : FindCreation(shape, anchor, timer, remaining, calculator);
                yield return new AppendRequest(ticketId, ExpectedVersion.NoStream, shape.Events(created));
            }
        }
    }

    private static Instant FindCreation(Shape shape, Instant anchor, SlaTimerKind timer, double remaining, TicketStateCalculator calculator)
    {
        // later: the creation is closer to the anchor, so more time remains.
        var early = anchor - Duration.FromDays(30);
        var late = anchor - Duration.FromMinutes(3);
        for (var step = 0; step < 48 && late - early > Duration.FromSeconds(1); step++)
        {
            var middle = early + ((late - early) / 2);
            var cycle = Evaluate(shape, middle, anchor, timer, calculator);
            var fraction = cycle is null ? double.PositiveInfinity : cycle.Remaining / cycle.Target;
            if (fraction > remaining)
            {
                late = middle;
            }
            else
            {
                early = middle;
            }
        }

        return early;
    }

    private static SlaTimerCycle? Evaluate(Shape shape, Instant created, Instant anchor, SlaTimerKind timer, TicketStateCalculator calculator)
    {
        var envelopes = shape.Events(created).Select((e, i) => new EventEnvelope
        {
            EventId = $"{shape.TicketId}:{i + 1}",
            TicketId = shape.TicketId,
            Version = i + 1,
            OccurredAt = e.OccurredAt,
            RecordedAt = anchor,
            Actor = e.Actor,
            Source = e.Source,
            DedupeKey = e.DedupeKey,
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Event.Kind),
            Event = e.Event,
        }).ToList();
        return calculator.EvaluateSla(envelopes, anchor)?.Timer(timer)?.Current;
    }

    /// <summary>A scenario ticket's events as a function of its creation instant.</summary>
    private sealed record Shape(string TicketId, string Scenario, Channel Channel, Priority Priority, CustomerTier Tier, string Customer, string Agent, string Queue)
    {
        public List<NewEvent> Events(Instant created)
        {
            var customer = Actor.Customer(Customer);
            var agent = Actor.Agent(Agent);
            var events = new List<NewEvent>();
            var source = Channel == Channel.Email ? EventSource.Email : EventSource.Zendesk;
            void Add(TicketEvent e, Actor actor, Instant at) => events.Add(new NewEvent
            {
                Event = e,
                OccurredAt = at,
                Actor = actor,
                Source = source,
                DedupeKey = string.Create(CultureInfo.InvariantCulture, $"seed:{TicketId}:{events.Count + 1}"),
            });

            var subject = $"[{Scenario}] Service interruption";
            if (Scenario == "next-response-near-breach")
            {
                // The customer writes back at `created` after an earlier answered exchange.
                var opened = created - Duration.FromHours(3);
                Add(new TicketCreated { Subject = subject, Channel = Channel, Priority = Priority, Tier = Tier, RequesterId = Customer, Queue = Queue }, customer, opened);
                Add(new CustomerMessage { MessageId = $"{TicketId}-m1", AuthorId = Customer, Body = "It is down again.", Channel = Channel }, customer, opened);
                Add(new AssigneeChanged { To = Agent }, agent, opened + Duration.FromMinutes(1));
                Add(new AgentPublicReply { MessageId = $"{TicketId}-r1", AuthorId = Agent, Body = "Looking into it.", Channel = Channel }, agent, opened + Duration.FromMinutes(2));
                Add(new CustomerMessage { MessageId = $"{TicketId}-m2", AuthorId = Customer, Body = "Any news?", Channel = Channel }, customer, created);
                return events;
            }

            Add(new TicketCreated { Subject = subject, Channel = Channel, Priority = Priority, Tier = Tier, RequesterId = Customer, Queue = Queue }, customer, created);
            Add(new CustomerMessage { MessageId = $"{TicketId}-m1", AuthorId = Customer, Body = "Nothing works since this morning.", Channel = Channel }, customer, created);
            if (Scenario is "resolution-breached" or "paused-pending-customer")
            {
                Add(new AssigneeChanged { To = Agent }, agent, created + Duration.FromMinutes(1));
                Add(new AgentPublicReply { MessageId = $"{TicketId}-r1", AuthorId = Agent, Body = "Can you send the logs?", Channel = Channel }, agent, created + Duration.FromMinutes(2));
            }

            if (Scenario == "paused-pending-customer")
            {
                Add(new StatusChanged { To = TicketStatus.PendingCustomer }, agent, created + Duration.FromMinutes(2));
            }

            return events;
        }
    }
}
