using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SupportOps.RiskEvaluation.Calendars;
using SupportOps.RiskEvaluation.History;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskEvaluation.Synthetic;

/// <summary>
/// A deterministic, seeded support workload in which queues genuinely build up, for evaluating the risk model where
/// the real log is thin (no queues, priorities or channels) and for seeding demo hosts.
/// </summary>
/// <remarks>
/// <para>Arrivals: a Poisson process per clock hour whose rate follows <see cref="SyntheticWorkloadOptions.HourlyProfile"/>
/// (scaled to <see cref="SyntheticWorkloadOptions.ArrivalsPerWeekday"/>; weekends × <see cref="SyntheticWorkloadOptions.WeekendFactor"/>),
/// uniform within the hour. Each ticket gets a queue by share, a priority (P0 5%, P1 20%, P2 50%, P3 25%) and a channel
/// (email 40%, web 25%, chat 15%, slack 5%, social 5%, phone 5%, api 5%).</para>
/// <para>First response: each queue's agents work only in business hours and take the waiting ticket with the highest
/// priority, oldest first; handling times are exponential with the queue's rate. So tickets arriving overnight, at peaks
/// or at low priority wait, and the arrival order is not the service order (as in real helpdesks).</para>
/// <para>Resolution: after the response, exponential business time with mean 4/10/20/30 business hours for P0/P1/P2/P3;
/// a quarter of tickets wait for the customer ("Wait") half-way. Closed two business days after resolution.</para>
/// <para>Events use the helpdesk log's activity names, so <see cref="HelpdeskLog.Write"/> can export them.</para>
/// </remarks>
public static class SyntheticWorkload
{
    private static readonly (Priority Value, double Weight)[] Priorities =
        [(Priority.P0, 0.05), (Priority.P1, 0.20), (Priority.P2, 0.50), (Priority.P3, 0.25)];

    private static readonly (Channel Value, double Weight)[] Channels =
        [(Channel.Email, 0.40), (Channel.Web, 0.25), (Channel.Chat, 0.15), (Channel.Slack, 0.05), (Channel.Social, 0.05), (Channel.Phone, 0.05), (Channel.Api, 0.05)];

    /// <summary>Generates the workload.</summary>
    /// <param name="options">The parameters.</param>
    /// <param name="calendar">The business calendar agents work in.</param>
    /// <returns>The tickets, ordered by creation.</returns>
    public static ImmutableArray<HistoricalTicket> Generate(SyntheticWorkloadOptions options, WeeklyBusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        var random = new Random(options.Seed);
        var arrivals = Arrivals(options, random);
        var shares = options.Queues.Select(q => q.Share).ToArray();

        var drafts = arrivals
            .Select((created, index) => new Draft(
                string.Create(CultureInfo.InvariantCulture, $"T{index + 1:000000}"),
                options.Queues[Pick(random, shares)],
                created,
                Priorities[Pick(random, Priorities.Select(p => p.Weight).ToArray())].Value,
                Channels[Pick(random, Channels.Select(c => c.Weight).ToArray())].Value))
            .ToArray();

        var origin = options.Start;
        foreach (var queue in options.Queues)
        {
            Serve(drafts.Where(d => d.Queue == queue).ToArray(), queue, calendar, origin, random);
        }

        return [.. drafts.Select(d => d.ToTicket(calendar, random))];
    }

    private static List<Instant> Arrivals(SyntheticWorkloadOptions options, Random random)
    {
        var profile = options.HourlyProfile;
        var scale = options.ArrivalsPerWeekday / profile.Sum();
        var arrivals = new List<Instant>(options.Tickets);
        for (var hour = 0L; arrivals.Count < options.Tickets; hour++)
        {
            var start = options.Start + Duration.FromHours(hour);
            var local = start.InUtc().LocalDateTime;
            var weekend = local.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var lambda = profile[local.Hour] * scale * (weekend ? options.WeekendFactor : 1);
            var count = Poisson(random, lambda);
            var inHour = new List<Instant>(count);
            for (var i = 0; i < count; i++)
            {
                inHour.Add(start + Duration.FromSeconds(random.Next(3600)));
            }

            inHour.Sort();
            foreach (var arrival in inHour)
            {
                if (arrivals.Count < options.Tickets)
                {
                    arrivals.Add(arrival);
                }
            }
        }

        return arrivals;
    }

    /// <summary>Multi-server, non-preemptive priority queue on the business-time axis.</summary>
    private static void Serve(Draft[] tickets, SyntheticQueue queue, WeeklyBusinessCalendar calendar, Instant origin, Random random)
    {
        var arrivalsAt = tickets.Select(t => calendar.BusinessTimeBetween(origin, t.Created)).ToArray();
        var agentsFreeAt = Enumerable.Repeat(Duration.Zero, queue.Agents).ToArray();
        var waiting = new PriorityQueue<int, (Priority, Duration, int)>();
        var next = 0;
        while (next < tickets.Length || waiting.Count > 0)
        {
            var agent = Array.IndexOf(agentsFreeAt, agentsFreeAt.Min());
            var now = agentsFreeAt[agent];
            if (waiting.Count == 0)
            {
                now = Duration.Max(now, arrivalsAt[next]);
            }

            while (next < tickets.Length && arrivalsAt[next] <= now)
            {
                waiting.Enqueue(next, (tickets[next].Priority, arrivalsAt[next], next));
                next++;
            }

            var index = waiting.Dequeue();
            var ticket = tickets[index];
            ticket.Agent = string.Create(CultureInfo.InvariantCulture, $"{queue.Name} agent {agent + 1}");
            var start = calendar.Add(origin, now);
            ticket.Response = start < ticket.Created ? NextOpening(calendar, ticket.Created) : start;
            agentsFreeAt[agent] = now + Duration.FromHours(Exponential(random, queue.ResponsesPerAgentHour));
        }
    }

    private static Instant NextOpening(WeeklyBusinessCalendar calendar, Instant instant)
        => calendar.IsOpen(instant) ? instant : calendar.Add(instant, Duration.FromTicks(1)) - Duration.FromTicks(1);

    private static int Pick(Random random, double[] weights)
    {
        var u = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static int Poisson(Random random, double lambda)
    {
        // Knuth's method; lambda per hour is small.
        var limit = Math.Exp(-lambda);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    private static double Exponential(Random random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;

    private sealed class Draft(string id, SyntheticQueue queue, Instant created, Priority priority, Channel channel)
    {
        public string Id { get; } = id;

        public SyntheticQueue Queue { get; } = queue;

        public Instant Created { get; } = created;

        public Priority Priority { get; } = priority;

        public Channel Channel { get; } = channel;

        public Instant Response { get; set; }

        public string Agent { get; set; } = "";

        public HistoricalTicket ToTicket(WeeklyBusinessCalendar calendar, Random random)
        {
            var meanHours = Priority switch
            {
                Priority.P0 => 4.0,
                Priority.P1 => 10.0,
                Priority.P2 => 20.0,
                _ => 30.0,
            };
            var resolution = Duration.FromHours(Exponential(random, 1 / meanHours)) + Duration.FromMinutes(1);
            var resolved = calendar.Add(Response, resolution);
            var events = ImmutableArray.CreateBuilder<TicketEvent>();
            events.Add(new TicketEvent(Created, TicketEvent.AssignSeriousness, "triage"));
            events.Add(new TicketEvent(Response, TicketEvent.TakeInCharge, Agent));
            if (random.NextDouble() < 0.25)
            {
                events.Add(new TicketEvent(calendar.Add(Response, resolution / 2), TicketEvent.Wait, Agent));
            }

            events.Add(new TicketEvent(resolved, TicketEvent.Resolve, Agent));
            events.Add(new TicketEvent(calendar.Add(resolved, calendar.DayLength * 2), TicketEvent.Closed, "closer"));
            return new HistoricalTicket(Id, Queue.Name, events.ToImmutable(), Priority, Channel);
        }
    }
}
