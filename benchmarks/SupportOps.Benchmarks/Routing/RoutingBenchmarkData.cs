using NodaTime;
using SupportOps.RoutingEngine;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.Benchmarks.Routing;

/// <summary>Seeded, reproducible inputs for the routing benchmarks: 200 agents over three zones and a day of tickets.</summary>
internal static class RoutingBenchmarkData
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 14, 0);

    private static readonly string[] Skills = ["billing", "bugs", "general", "sre"];

    private static readonly DateTimeZone[] Zones =
        [DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Europe/Berlin"], DateTimeZoneProviders.Tzdb["America/New_York"]];

    public static CapacitySnapshot Agents(int count, int minCapacity, int maxCapacity, int seed = 42)
    {
        var random = new Random(seed);
        var agents = new List<Agent>(count);
        for (var i = 0; i < count; i++)
        {
            var skills = Skills.Where(_ => random.NextDouble() < 0.5).Append("general").Distinct().ToArray();
            var status = random.NextDouble() switch
            {
                < 0.85 => AgentStatus.Online,
                < 0.95 => AgentStatus.Away,
                _ => AgentStatus.Offline,
            };
            var capacity = random.Next(minCapacity, maxCapacity + 1);
            var shift = random.NextDouble() < 0.3
                ? WeeklyShift.Always
                : WeeklyShift.Weekdays(new LocalTime(random.Next(0, 12), 0), new LocalTime(random.Next(13, 24), 0));
            agents.Add(new Agent(
                $"agent-{i:000}",
                skills,
                status,
                capacity,
                random.Next(0, Math.Max(1, capacity / 2)),
                Zones[i % Zones.Length],
                shift,
                i % 10 == 0 ? "support" : "tier1",
                isTeamLead: i % 20 == 0,
                channelCapacity: [new(Channel.Chat, Math.Max(1, capacity / 2))]));
        }

        var onCall = new OnCallSchedule([new OnCallShift(Now - Duration.FromDays(1), Now + Duration.FromDays(2), "agent-007", "agent-013")]);
        return new CapacitySnapshot(agents, onCall);
    }

    public static RoutingTicket[] Tickets(int count, int seed = 7)
    {
        var random = new Random(seed);
        string[][] tagSets = [[], [], ["billing"], ["bug"], ["outage"], ["refund", "billing"], ["vip"]];
        var start = Now - Duration.FromHours(24);
        var tickets = new RoutingTicket[count];
        for (var i = 0; i < count; i++)
        {
            tickets[i] = new RoutingTicket(
                $"T-{i:000000}",
                random.NextDouble() < 0.05 ? Priority.P0 : (Priority)random.Next(1, 4),
                random.Next(0, 101),
                (CustomerTier)random.Next(0, 4),
                (Channel)random.Next(0, 7),
                tagSets[random.Next(tagSets.Length)],
                start + Duration.FromMilliseconds(random.NextInt64(0, 24L * 3600 * 1000)));
        }

        return tickets;
    }
}
