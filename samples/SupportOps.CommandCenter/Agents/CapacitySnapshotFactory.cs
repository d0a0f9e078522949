using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.RoutingEngine.Agents;
using Timeline = SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Agents;

/// <summary>
/// Builds the routing engine's <see cref="CapacitySnapshot"/> from the <c>Agents</c> table plus the
/// current open assignments (ticket snapshots that are not solved or closed, counted per assignee and
/// channel).
/// </summary>
/// <remarks><para>Scoped, over the request's context. Assignments to ids that are not in the table are ignored.</para></remarks>
/// <param name="db">The context.</param>
internal sealed class CapacitySnapshotFactory(CommandCenterDbContext db)
{
    /// <summary>Loads the agents, in id order.</summary>
    public async Task<List<AgentRecord>> LoadAgentsAsync(CancellationToken cancellationToken)
    {
        var agents = await db.Agents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        agents.Sort((a, b) => string.CompareOrdinal(a.AgentId, b.AgentId));
        return agents;
    }

    /// <summary>Counts open assignments per agent and channel.</summary>
    /// <param name="excludeTicketId">A ticket whose assignment is left out (the one being routed), or null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<Dictionary<string, Dictionary<Timeline.Channel, int>>> OpenAssignmentsAsync(string? excludeTicketId, CancellationToken cancellationToken)
    {
        var query = db.TicketSnapshots.AsNoTracking().Where(t => t.Assignee != null && t.Status != "solved" && t.Status != "closed");
        if (excludeTicketId is not null)
        {
            query = query.Where(t => t.TicketId != excludeTicketId);
        }

        var rows = await query.GroupBy(t => new { t.Assignee, t.Channel })
            .Select(g => new { g.Key.Assignee, g.Key.Channel, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var loads = new Dictionary<string, Dictionary<Timeline.Channel, int>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var channel = Vocabulary.TryParse<Timeline.Channel>(row.Channel, out var c) ? c : Timeline.Channel.Email;
            var perChannel = loads.TryGetValue(row.Assignee!, out var existing) ? existing : loads[row.Assignee!] = [];
            perChannel[channel] = perChannel.GetValueOrDefault(channel) + row.Count;
        }

        return loads;
    }

    /// <summary>Builds the snapshot at an instant.</summary>
    /// <param name="now">The instant (picks the on-call shifts).</param>
    /// <param name="excludeTicketId">A ticket whose current assignment is not counted, or null.</param>
    /// <param name="addBack">An assignment to count instead (the ticket's assignment before routing), or null.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<CapacitySnapshot> CreateAsync(Instant now, string? excludeTicketId, (string AgentId, Timeline.Channel Channel)? addBack, CancellationToken cancellationToken)
    {
        var agents = await LoadAgentsAsync(cancellationToken).ConfigureAwait(false);
        var loads = await OpenAssignmentsAsync(excludeTicketId, cancellationToken).ConfigureAwait(false);
        if (addBack is { } extra)
        {
            var perChannel = loads.TryGetValue(extra.AgentId, out var existing) ? existing : loads[extra.AgentId] = [];
            perChannel[extra.Channel] = perChannel.GetValueOrDefault(extra.Channel) + 1;
        }

        return Create(agents, loads, now, now);
    }

    /// <summary>Builds a snapshot from agents and loads, with the on-call rotation covering [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static CapacitySnapshot Create(IReadOnlyList<AgentRecord> agents, IReadOnlyDictionary<string, Dictionary<Timeline.Channel, int>> loads, Instant from, Instant to)
    {
        var routingAgents = agents.Select(a =>
        {
            var perChannel = loads.TryGetValue(a.AgentId, out var found) ? found : [];
            return AgentMapper.ToRoutingAgent(a, perChannel.Values.Sum(), perChannel);
        });
        return new CapacitySnapshot(routingAgents, AgentMapper.OnCall(agents, from, to));
    }
}
