using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Seeding;

/// <summary>
/// The demo roster: the eight agents of <see cref="SeedGenerator.Agents"/> (same ids, names and teams)
/// with skills, presence, capacities, time zones, shifts, a lead per team and an on-call rotation.
/// </summary>
/// <remarks>
/// <para>Two teams: <c>americas</c> (New York, Chicago, Los Angeles; leads: agent-4) and <c>emea</c>
/// (Berlin, London, Stockholm; lead: agent-8). Every agent but agent-6 (away) is online. The on-call
/// rotation holds one senior agent per region and the two leads.</para>
/// </remarks>
internal static class AgentRoster
{
    private static readonly (string Skills, string Status, int Capacity, string ChannelCapacity, string Zone, string Days, int Start, int End, bool Lead, int? OnCall)[] Profiles =
    [
        ("general,chat", "online", 8, "chat=3,social=2", "America/New_York", "1,2,3,4,5", 8 * 60, 17 * 60, false, null),
        ("general,bugs", "online", 8, "chat=2", "America/Los_Angeles", "1,2,3,4,5", 9 * 60, 18 * 60, false, 1),
        ("billing,general", "online", 6, "", "America/Chicago", "1,2,3,4,5", 8 * 60, 17 * 60, false, null),
        ("bugs,general,sso", "online", 10, "", "America/New_York", "1,2,3,4,5", 9 * 60, 18 * 60, true, 2),
        ("general,chat", "online", 8, "chat=3,social=2", "Europe/Berlin", "1,2,3,4,5", 8 * 60, 17 * 60, false, null),
        ("general,billing", "away", 8, "chat=2", "Europe/London", "1,2,3,4,5", 9 * 60, 18 * 60, false, 3),
        ("billing", "online", 6, "", "Europe/Stockholm", "1,2,3,4,5", 8 * 60, 16 * 60, false, null),
        ("bugs,general,sso", "online", 10, "", "Europe/Berlin", "1,2,3,4,5", 9 * 60, 18 * 60, true, 4),
    ];

    /// <summary>Gets the roster's rows, in id order.</summary>
    public static ImmutableArray<AgentRecord> Agents { get; } =
    [
        .. SeedGenerator.Agents.Select((agent, index) =>
        {
            var p = Profiles[index];
            return new AgentRecord
            {
                AgentId = agent.Id,
                DisplayName = agent.Name,
                Team = agent.Team,
                IsTeamLead = p.Lead,
                Skills = p.Skills,
                Status = p.Status,
                Capacity = p.Capacity,
                ChannelCapacity = p.ChannelCapacity,
                TimeZone = p.Zone,
                ShiftDays = p.Days,
                ShiftStartMinutes = p.Start,
                ShiftEndMinutes = p.End,
                OnCallPosition = p.OnCall,
            };
        }),
    ];

    /// <summary>Adds the roster when the <c>Agents</c> table is empty.</summary>
    /// <param name="db">The context; must not be null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number of agents added (0 when there were agents already).</returns>
    public static async Task<int> SeedAsync(CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Agents.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        foreach (var agent in Agents)
        {
            db.Agents.Add(new AgentRecord
            {
                AgentId = agent.AgentId,
                DisplayName = agent.DisplayName,
                Team = agent.Team,
                IsTeamLead = agent.IsTeamLead,
                Skills = agent.Skills,
                Status = agent.Status,
                Capacity = agent.Capacity,
                ChannelCapacity = agent.ChannelCapacity,
                TimeZone = agent.TimeZone,
                ShiftDays = agent.ShiftDays,
                ShiftStartMinutes = agent.ShiftStartMinutes,
                ShiftEndMinutes = agent.ShiftEndMinutes,
                OnCallPosition = agent.OnCallPosition,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return Agents.Length;
    }
}
