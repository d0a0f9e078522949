using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Tests.Fixtures;

/// <summary>A generated routing situation: agents, on-call rotation, tickets and the decision instant.</summary>
public sealed record RoutingWorld(Agent[] Agents, OnCallSchedule OnCall, RoutingTicket[] Tickets, Instant Now)
{
    public CapacitySnapshot Snapshot => new(Agents, OnCall);

    public RoutingTicket Ticket => Tickets[0];

    public override string ToString() =>
        $"now {Now}; agents: {string.Join("; ", Agents.Select(a => $"{a.Id} [{string.Join(",", a.Skills)}] {a.Status} {a.Load}/{a.Capacity} {a.TimeZone.Id} lead={a.IsTeamLead}"))}; tickets: {string.Join("; ", Tickets.Select(t => $"{t.Id} {t.Priority} r{t.RiskScore} {t.Tier} {t.Channel} [{string.Join(",", t.Tags)}]"))}";
}

/// <summary>Generators that reach the edges: risk 49/50/79/80, zero and full capacity, every status, night shifts across midnight in far zones.</summary>
internal static class RoutingGenerators
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 11, 23, 0, 0);
    private static readonly string[] Skills = ["billing", "bugs", "general", "sre"];
    private static readonly string[] Tags = ["billing", "bug", "outage", "vip", "Billing", "refund"];
    private static readonly DateTimeZone[] Zones =
        [DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Europe/Berlin"], DateTimeZoneProviders.Tzdb["Australia/Sydney"], DateTimeZoneProviders.Tzdb["America/Los_Angeles"]];

    public static Gen<Func<int, Agent>> Agent() =>
        from skills in Gen.SubListOf(Skills)
        from status in Gen.Elements(AgentStatus.Online, AgentStatus.Online, AgentStatus.Online, AgentStatus.Away, AgentStatus.Offline)
        from capacity in Gen.Choose(0, 5)
        from load in Gen.Choose(0, 6)
        from zone in Gen.Elements(Zones)
        from shiftKind in Gen.Choose(0, 2)
        from start in Gen.Choose(0, 23)
        from end in Gen.Choose(0, 23)
        from chatCapacity in Gen.Choose(-1, 3)
        from chatLoad in Gen.Choose(0, 3)
        from lead in Gen.Elements(false, false, true)
        select (Func<int, Agent>)(index => new Agent(
            $"ag-{index:00}",
            skills,
            status,
            capacity,
            Math.Min(load, capacity + 1),
            zone,
            shiftKind switch
            {
                0 => WeeklyShift.Always,
                1 => WeeklyShift.Weekdays(new LocalTime(start, 0), new LocalTime(end, 0)),
                _ => WeeklyShift.On(new LocalTime(start, 0), new LocalTime(end, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Saturday),
            },
            lead || index % 3 == 0 ? "support" : "ops",
            lead,
            chatCapacity < 0 ? null : [new(Channel.Chat, chatCapacity)],
            [new(Channel.Chat, chatLoad)]));

    public static Gen<Func<int, RoutingTicket>> Ticket(bool assigned) =>
        from priority in Gen.Elements(Enum.GetValues<Priority>())
        from risk in Gen.OneOf(Gen.Elements(0, 49, 50, 79, 80, 100), Gen.Choose(0, 100))
        from tier in Gen.Elements(Enum.GetValues<CustomerTier>())
        from channel in Gen.Elements(Channel.Email, Channel.Chat, Channel.Chat, Channel.Web, Channel.Phone)
        from tags in Gen.SubListOf(Tags)
        from minute in Gen.Choose(0, (7 * 24 * 60) - 1)
        from assignee in Gen.Choose(0, 7)
        from assignedAgo in Gen.Choose(0, 30)
        select (Func<int, RoutingTicket>)(index => new RoutingTicket(
            $"T-{index:000}",
            priority,
            risk,
            tier,
            channel,
            tags,
            Monday + Duration.FromMinutes(minute),
            assigned ? $"ag-{assignee:00}" : null,
            assigned ? Monday + Duration.FromMinutes(minute - assignedAgo) : null));

    public static Gen<RoutingWorld> World(int maxTickets, bool assignedTickets) =>
        from agentCount in Gen.Choose(1, 10)
        from agents in Agent().ArrayOf(agentCount)
        from primary in Gen.Choose(-1, agentCount - 1)
        from ticketCount in Gen.Choose(1, maxTickets)
        from tickets in Ticket(assignedTickets).ArrayOf(ticketCount)
        from minute in Gen.Choose(0, (7 * 24 * 60) - 1)
        select new RoutingWorld(
            [.. agents.Select((create, i) => create(i))],
            primary < 0 ? OnCallSchedule.Empty : new OnCallSchedule([new OnCallShift(Monday, Monday + Duration.FromDays(7), $"ag-{primary:00}", "ag-00")]),
            [.. tickets.Select((create, i) => create(i))],
            Monday + Duration.FromMinutes(minute));
}
