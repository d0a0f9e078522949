using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Simulation;
using Engine = SupportOps.RoutingEngine;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// Replays recent tickets against a candidate routing policy next to the active one
/// (<see cref="RoutingSimulator.Compare"/>), storing nothing.
/// </summary>
/// <remarks>
/// <para>The tickets created in the window (oldest first, at most <see cref="MaxTickets"/>) are routed
/// each at its creation instant, as new and unassigned, with their current priority, tier, channel,
/// tags and risk score. The agents start empty (no load) and take the load of each assignment, with the
/// on-call rotation of the window, so both policies face the same stream of work.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="capacity">Reads the agents.</param>
internal sealed class RoutingPolicyReplay(CommandCenterDbContext db, CapacitySnapshotFactory capacity)
{
    /// <summary>The most tickets one replay routes.</summary>
    public const int MaxTickets = 2000;

    /// <summary>The most changed decisions listed.</summary>
    public const int MaxChangesListed = 100;

    /// <summary>Replays the window <c>[now − days, now)</c>.</summary>
    public async Task<RoutingPolicyDryRunResponse> CompareAsync(RoutingPolicy active, RoutingPolicy candidate, IReadOnlyList<LintFindingView> findings, Instant now, int days, CancellationToken cancellationToken)
    {
        var from = now - Duration.FromDays(days);
        var fromTicks = from.ToUnixTimeTicks();
        var rows = await db.TicketSnapshots.AsNoTracking()
            .Where(t => t.CreatedAtTicks >= fromTicks && t.CreatedAtTicks > 0)
            .OrderBy(t => t.CreatedAtTicks).ThenBy(t => t.TicketId)
            .Take(MaxTickets)
            .Select(t => new { t.TicketId, t.RiskScore })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.TicketId).ToList();
        var streams = (await db.Events.AsNoTracking()
                .Where(e => ids.Contains(e.TicketId))
                .Select(e => new { e.TicketId, e.Version, e.Payload })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => TimelineJson.Deserialize(e.Payload)).ToList(), StringComparer.Ordinal);
        var tickets = new List<RoutingTicket>(rows.Count);
        foreach (var row in rows)
        {
            var snapshot = TicketReducer.Rebuild(row.TicketId, streams[row.TicketId]);
            tickets.Add(new RoutingTicket(
                row.TicketId,
                Vocabulary.Map<Priority, Engine.Priority>(snapshot.Priority),
                (int)Math.Clamp(Math.Round(row.RiskScore), 0, 100),
                Vocabulary.Map<CustomerTier, Engine.CustomerTier>(snapshot.Tier),
                Vocabulary.Map<Channel, Engine.Channel>(snapshot.Channel ?? Channel.Email),
                snapshot.Tags.Where(t => !string.IsNullOrWhiteSpace(t)),
                snapshot.CreatedAt!.Value));
        }

        var agents = await capacity.LoadAgentsAsync(cancellationToken).ConfigureAwait(false);
        var empty = CapacitySnapshotFactory.Create(agents, new Dictionary<string, Dictionary<Channel, int>>(), from, now);
        var comparison = new RoutingSimulator().Compare(active, candidate, tickets, empty);
        return new RoutingPolicyDryRunResponse(
            active.Version,
            candidate.Version,
            InstantPattern.ExtendedIso.Format(from),
            comparison.TicketCount,
            comparison.ChangedCount,
            comparison.UnchangedCount,
            Distribution(comparison.Baseline),
            Distribution(comparison.Candidate),
            [.. comparison.Transitions.Select(t => new RoutingTransitionView(Name(t.From), Name(t.To), t.Count))],
            [.. comparison.Changes.Take(MaxChangesListed).Select(c => new RoutingChangeView(c.TicketId, Name(c.From), Name(c.To), c.FromRuleId, c.ToRuleId))],
            findings);
    }

    /// <summary>The display name of a target: <c>agent:agent-3</c> or <c>queue:billing</c>.</summary>
    public static string Name(DecisionTarget target) => $"{Vocabulary.Wire(target.Kind)}:{target.Id}";

    private static SortedDictionary<string, int> Distribution(SimulationResult result)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in result.Distribution)
        {
            counts[Name(entry.Target)] = entry.Count;
        }

        return counts;
    }
}
