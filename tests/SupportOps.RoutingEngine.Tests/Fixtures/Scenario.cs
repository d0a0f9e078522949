using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Tests.Fixtures;

/// <summary>A small, readable team used by the table tests: Wednesday 2026-11-25 14:00 UTC.</summary>
internal static class Scenario
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 14, 0);

    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];

    public static Agent Billing(int load = 1, AgentStatus status = AgentStatus.Online) =>
        new("a-bill", ["billing", "general"], status, capacity: 5, load: load, team: "support");

    public static Agent Bugs(int load = 1) => new("a-bug", ["bugs"], AgentStatus.Online, capacity: 5, load: load, team: "support");

    public static Agent General(int load = 2) => new("a-gen", ["general"], AgentStatus.Online, capacity: 5, load: load, team: "support");

    public static Agent Lead(AgentStatus status = AgentStatus.Online, int load = 2) =>
        new("lead", ["escalations"], status, capacity: 3, load: load, team: "support", isTeamLead: true);

    public static Agent OnCallAgent(AgentStatus status = AgentStatus.Away, int load = 0) =>
        new("sre-1", ["sre"], status, capacity: 2, load: load, team: "sre");

    public static OnCallSchedule Rotation() =>
        new([new OnCallShift(Now - Duration.FromHours(6), Now + Duration.FromHours(6), "sre-1", "a-gen")]);

    public static CapacitySnapshot Team(params Agent[] replacements)
    {
        var snapshot = new CapacitySnapshot([Billing(), Bugs(), General(), Lead(), OnCallAgent()], Rotation());
        foreach (var agent in replacements)
        {
            snapshot = snapshot.WithAgent(agent);
        }

        return snapshot;
    }

    public static RoutingTicket Ticket(
        string id = "T-1",
        Priority priority = Priority.P2,
        int risk = 20,
        CustomerTier tier = CustomerTier.Standard,
        Channel channel = Channel.Email,
        string[]? tags = null,
        string? assignee = null,
        Instant? assignedAt = null) =>
        new(id, priority, risk, tier, channel, tags ?? [], Now - Duration.FromMinutes(5), assignee, assignedAt);
}
