using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Seeding;

/// <summary>
/// Generates a realistic, deterministic support workload as event-store appends: the same seed, size
/// and anchor instant always give the same events.
/// </summary>
/// <remarks>
/// <para>Tickets arrive over <see cref="SeedOptions.Days"/> days before the anchor, weighted by local hour of
/// day in <see cref="ArrivalZone"/> (quiet nights, a morning peak) and thinner at weekends, across email, web, chat, Slack and
/// social. Customers have tiers; 8 agents work in two teams. Each ticket's lifecycle (first reply,
/// pending customer, customer follow-up, solve, escalations) is drawn from the seeded generator and
/// never runs past the anchor, so recent tickets are still open and some are near or past breach.</para>
/// </remarks>
internal static class SeedGenerator
{
    private static readonly Channel[] Channels = [Channel.Email, Channel.Web, Channel.Chat, Channel.Slack, Channel.Social];
    private static readonly int[] ChannelWeights = [40, 25, 15, 12, 8];

    /// <summary>The zone whose local hour of day shapes arrivals (the support calendar's zone).</summary>
    public static DateTimeZone ArrivalZone { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    // Relative arrival rate per local hour of day in the arrival zone.
    private static readonly int[] HourWeights = [1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 9, 8, 9, 10, 10, 9, 7, 5, 4, 3, 2, 2, 1];
    private static readonly Priority[] Priorities = [Priority.P0, Priority.P1, Priority.P2, Priority.P3];
    private static readonly int[] PriorityWeights = [5, 20, 50, 25];
    private static readonly CustomerTier[] Tiers = [CustomerTier.Free, CustomerTier.Standard, CustomerTier.Premium, CustomerTier.Enterprise];
    private static readonly int[] TierWeights = [30, 40, 20, 10];

    private static readonly string[] Subjects =
    [
        "Cannot log in after password reset", "Invoice shows the wrong amount", "Export to CSV times out",
        "Webhook deliveries failing", "Need to add seats to our plan", "App crashes when uploading a file",
        "Refund for a duplicate charge", "SSO configuration question", "Data missing from yesterday's report",
        "Slow dashboard loading", "How do I change the account owner?", "API rate limit reached",
    ];

    /// <summary>The agents: id, display name, team, queue.</summary>
    public static ImmutableArray<(string Id, string Name, string Team, string Queue)> Agents { get; } =
    [
        ("agent-1", "Ava Chen", "americas", "support-l1"),
        ("agent-2", "Ben Okafor", "americas", "support-l1"),
        ("agent-3", "Carla Ruiz", "americas", "billing"),
        ("agent-4", "Dev Patel", "americas", "support-l2"),
        ("agent-5", "Eva Novak", "emea", "support-l1"),
        ("agent-6", "Farid Haddad", "emea", "support-l1"),
        ("agent-7", "Greta Lind", "emea", "billing"),
        ("agent-8", "Hugo Martin", "emea", "support-l2"),
    ];

    /// <summary>
    /// Generates the workload with the SLA scenarios injected: <see cref="SeedOptions.Tickets"/> tickets in
    /// all, of which <see cref="ScenarioGenerator.Count"/> are scenario tickets when
    /// <see cref="SeedOptions.InjectScenarios"/> is set and there are at least twice as many tickets.
    /// </summary>
    /// <param name="options">Seed, size and span; validated.</param>
    /// <param name="anchor">The instant the workload ends at (usually the clock's now).</param>
    /// <param name="calculator">Places the scenario tickets with the configured SLA policies.</param>
    /// <returns>One <see cref="AppendRequest"/> per ticket with <see cref="ExpectedVersion.NoStream"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size or span is not positive.</exception>
    public static IReadOnlyList<AppendRequest> Generate(SeedOptions options, Instant anchor, Domain.TicketStateCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calculator);
        var inject = options.InjectScenarios && options.Tickets >= 2 * ScenarioGenerator.Count;
        var background = inject ? options.Tickets - ScenarioGenerator.Count : options.Tickets;
        var requests = Generate(new SeedOptions { Seed = options.Seed, Tickets = background, Days = options.Days }, anchor).ToList();
        if (inject)
        {
            requests.AddRange(ScenarioGenerator.Generate(new Random(options.Seed ^ 0x5CE4A210), anchor, calculator, background + 1));
        }

        return requests;
    }

    /// <summary>Generates the background workload (no injected scenarios), one append per ticket, in ticket creation order.</summary>
    /// <param name="options">Seed, size and span; validated.</param>
    /// <param name="anchor">The instant the workload ends at (usually the clock's now).</param>
    /// <returns>One <see cref="AppendRequest"/> per ticket with <see cref="ExpectedVersion.NoStream"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size or span is not positive.</exception>
    public static IReadOnlyList<AppendRequest> Generate(SeedOptions options, Instant anchor)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Tickets);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Days);
        var random = new Random(options.Seed);
        var customers = Enumerable.Range(1, Math.Max(10, options.Tickets / 3))
            .Select(i => (Id: $"cust-{i:D5}", Tier: Pick(random, Tiers, TierWeights)))
            .ToArray();
        var start = anchor - Duration.FromDays(options.Days);
        var firstDay = start.InZone(ArrivalZone).Date;
        var arrivals = new List<Instant>(options.Tickets);
        while (arrivals.Count < options.Tickets)
        {
            var date = firstDay.PlusDays(random.Next(options.Days + 1));
            var local = date.At(new LocalTime(Pick(random, HourWeights), 0)).PlusSeconds(random.Next(3600));
            var when = local.InZoneLeniently(ArrivalZone).ToInstant();
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (when >= start && when < anchor && (!weekend || random.Next(3) == 0))
            {
                arrivals.Add(when);
            }
        }

        arrivals.Sort();
        var requests = new List<AppendRequest>(options.Tickets);
        for (var i = 0; i < arrivals.Count; i++)
        {
            var ticketId = string.Create(CultureInfo.InvariantCulture, $"T-{i + 1:D6}");
            var customer = customers[random.Next(customers.Length)];
            requests.Add(new AppendRequest(ticketId, ExpectedVersion.NoStream, Lifecycle(random, ticketId, customer, arrivals[i], anchor)));
        }

        return requests;
    }

    private static List<NewEvent> Lifecycle(Random random, string ticketId, (string Id, CustomerTier Tier) customer, Instant created, Instant anchor)
    {
        var channel = Pick(random, Channels, ChannelWeights);
        var source = channel switch
        {
            Channel.Email => EventSource.Email,
            Channel.Slack => EventSource.Slack,
            Channel.Web => EventSource.Web,
            _ => EventSource.Zendesk,
        };
        var agent = Agents[random.Next(Agents.Length)];
        var requester = Actor.Customer(customer.Id);
        var system = Actor.System("command-center-seed");
        var events = new List<NewEvent>();
        var at = created;
        void Add(TicketEvent e, Actor actor, Instant when) => events.Add(new NewEvent
        {
            Event = e,
            OccurredAt = when,
            Actor = actor,
            Source = source,
            DedupeKey = string.Create(CultureInfo.InvariantCulture, $"seed:{ticketId}:{events.Count + 1}"),
        });

        var subject = Subjects[random.Next(Subjects.Length)];
        Add(new TicketCreated { Subject = subject, Channel = channel, Priority = Pick(random, Priorities, PriorityWeights), Tier = customer.Tier, RequesterId = customer.Id, Queue = agent.Queue }, requester, at);
        Add(new CustomerMessage { MessageId = $"{ticketId}-m1", AuthorId = customer.Id, Body = subject + ". Please help.", Channel = channel }, requester, at);

        // Each step happens after a random delay; the lifecycle stops at the anchor.
        bool Next(int maxMinutes)
        {
            at += Duration.FromMinutes(5 + random.Next(maxMinutes));
            return at < anchor;
        }

        if (!Next(240))
        {
            return events;
        }

        Add(new AssigneeChanged { To = agent.Id }, system, at);
        if (random.Next(10) == 0 && Next(60))
        {
            Add(new Escalated { Reason = "customer asked for a supervisor" }, Actor.Agent(agent.Id, agent.Name), at);
        }

        if (!Next(600))
        {
            return events;
        }

        var agentActor = Actor.Agent(agent.Id, agent.Name);
        Add(new AgentPublicReply { MessageId = $"{ticketId}-r1", AuthorId = agent.Id, Body = "Thanks, looking into it.", Channel = channel }, agentActor, at);
        Add(new StatusChanged { To = TicketStatus.PendingCustomer }, agentActor, at);
        if (!Next(1440))
        {
            return events;
        }

        Add(new CustomerMessage { MessageId = $"{ticketId}-m2", AuthorId = customer.Id, Body = "Here are the details you asked for.", Channel = channel }, requester, at);
        Add(new StatusChanged { To = TicketStatus.Open }, requester, at);
        if (random.Next(4) == 0 || !Next(900))
        {
            return events;
        }

        Add(new AgentPublicReply { MessageId = $"{ticketId}-r2", AuthorId = agent.Id, Body = "This is fixed now.", Channel = channel }, agentActor, at);
        Add(new StatusChanged { To = TicketStatus.Solved }, agentActor, at);
        return events;
    }

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static T Pick<T>(Random random, T[] values, int[] weights) => values[Pick(random, weights)];
}
