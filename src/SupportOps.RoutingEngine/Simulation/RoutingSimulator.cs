using System.Buffers.Binary;
using System.Collections.Immutable;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>
/// Dry-runs a batch of tickets against a capacity snapshot, updating agents' load as each ticket is
/// assigned, and compares two policies on the same batch. Nothing is recorded or applied.
/// </summary>
/// <remarks>
/// <para>
/// Tickets are routed in order of created instant, then ticket id (ordinal), each at its own created
/// instant (shifts, on-call and overrides are evaluated then). Loads only grow: the simulation does not
/// model tickets being solved, and a ticket kept by its current assignee is already in that load. The snapshot fingerprint hashed into each decision is
/// chained: it starts as the snapshot's fingerprint and after each assignment becomes SHA-256(previous
/// fingerprint, agent index as big-endian int32, channel byte), so a simulated decision is reproducible
/// from the batch alone.
/// </para>
/// <para>This type is stateless apart from its options and thread-safe.</para>
/// </remarks>
public sealed class RoutingSimulator
{
    private readonly RoutingOptions _options;

    /// <summary>Initializes a new simulator.</summary>
    /// <param name="options">The options, copied; null for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public RoutingSimulator(RoutingOptions? options = null)
    {
        _options = (options ?? new RoutingOptions()).Snapshot();
        var failures = _options.Validate();
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid routing options: " + string.Join(" ", failures), nameof(options));
        }
    }

    /// <summary>Routes a batch against a snapshot, updating load as tickets are assigned.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="tickets">The tickets; must not be null, contain null or repeat an id.</param>
    /// <param name="capacity">The starting capacity snapshot; must not be null.</param>
    /// <param name="overrides">The manual overrides, or null for none.</param>
    /// <returns>The decisions, the distribution per target and the unassigned tickets.</returns>
    /// <exception cref="ArgumentNullException">An argument or ticket is null.</exception>
    /// <exception cref="ArgumentException">Two tickets share an id.</exception>
    public SimulationResult Simulate(RoutingPolicy policy, IEnumerable<RoutingTicket> tickets, CapacitySnapshot capacity, RoutingOverrideSet? overrides = null)
    {
        Guard.NotNull(policy);
        var ordered = Order(tickets);
        var compiled = Guard.NotNull(capacity).Compiled;
        var load = (int[])compiled.Load.Clone();
        var channelLoad = (int[])compiled.ChannelLoad.Clone();
        var room = (ulong[])compiled.RoomMask.Clone();
        var channelRoom = (ulong[])compiled.ChannelRoomMask.Clone();
        var decisions = new RoutingDecision[ordered.Length];
        Span<byte> fingerprint = stackalloc byte[32];
        compiled.Fingerprint.CopyTo(fingerprint);
        Span<byte> step = stackalloc byte[37];

        for (var t = 0; t < ordered.Length; t++)
        {
            var ticket = ordered[t];
            var active = overrides?.ActiveFor(ticket.Id, ticket.CreatedAt);
            decisions[t] = RoutingDecider.Decide(policy, ticket, compiled, fingerprint, load, channelLoad, room, channelRoom, active, ticket.CreatedAt, _options, out var assigned);
            // A kept current assignee already counts the ticket in its load.
            if (assigned >= 0 && !string.Equals(compiled.Ids[assigned], ticket.CurrentAssignee, StringComparison.Ordinal))
            {
                load[assigned]++;
                channelLoad[(assigned * CompiledCapacity.ChannelCount) + (int)ticket.Channel]++;
                compiled.UpdateRoom(assigned, (int)ticket.Channel, load, channelLoad, room, channelRoom);
                fingerprint.CopyTo(step);
                BinaryPrimitives.WriteInt32BigEndian(step[32..], assigned);
                step[36] = (byte)ticket.Channel;
                Sha256.Hash(step, fingerprint);
            }
        }

        return Summarize(policy.Version, decisions);
    }

    /// <summary>Simulates two policies on the same batch and snapshot and reports the tickets whose target changed.</summary>
    /// <param name="baseline">The current policy; must not be null.</param>
    /// <param name="candidate">The proposed policy; must not be null.</param>
    /// <param name="tickets">The tickets; must not be null, contain null or repeat an id.</param>
    /// <param name="capacity">The starting capacity snapshot; must not be null.</param>
    /// <param name="overrides">The manual overrides, or null for none.</param>
    /// <returns>Both simulations and their differences.</returns>
    /// <exception cref="ArgumentNullException">An argument or ticket is null.</exception>
    /// <exception cref="ArgumentException">Two tickets share an id.</exception>
    public PolicyComparison Compare(RoutingPolicy baseline, RoutingPolicy candidate, IEnumerable<RoutingTicket> tickets, CapacitySnapshot capacity, RoutingOverrideSet? overrides = null)
    {
        Guard.NotNull(candidate);
        var list = Guard.NotNull(tickets).ToList();
        var before = Simulate(baseline, list, capacity, overrides);
        var after = Simulate(candidate, list, capacity, overrides);
        var changes = ImmutableArray.CreateBuilder<TargetChange>();
        for (var i = 0; i < before.Decisions.Length; i++)
        {
            var from = before.Decisions[i];
            var to = after.Decisions[i];
            if (from.Target != to.Target)
            {
                changes.Add(new TargetChange(from.TicketId, from.Target, to.Target, from.RuleId, to.RuleId));
            }
        }

        var transitions = changes
            .GroupBy(c => (c.From, c.To))
            .Select(g => new TransitionCount(g.Key.From, g.Key.To, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.From.Kind).ThenBy(c => c.From.Id, StringComparer.Ordinal)
            .ThenBy(c => c.To.Kind).ThenBy(c => c.To.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new PolicyComparison(before, after, changes.ToImmutable(), transitions);
    }

    private static RoutingTicket[] Order(IEnumerable<RoutingTicket> tickets)
    {
        var array = Guard.NotNull(tickets).ToArray();
        var ids = new HashSet<string>(array.Length, StringComparer.Ordinal);
        foreach (var ticket in array)
        {
            if (!ids.Add(Guard.NotNull(ticket, nameof(tickets)).Id))
            {
                throw new ArgumentException($"Ticket ids in a batch must be unique, but '{ticket.Id}' appears more than once.", nameof(tickets));
            }
        }

        Array.Sort(array, static (a, b) =>
        {
            var byTime = a.CreatedAt.CompareTo(b.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
        });
        return array;
    }

    private static SimulationResult Summarize(string version, RoutingDecision[] decisions)
    {
        var counts = new Dictionary<DecisionTarget, int>();
        var unassigned = ImmutableArray.CreateBuilder<UnassignedTicket>();
        foreach (var d in decisions)
        {
            counts[d.Target] = counts.GetValueOrDefault(d.Target) + 1;
            if (d.Target.Kind == DecisionTargetKind.Queue)
            {
                unassigned.Add(Explain(d));
            }
        }

        var distribution = counts
            .Select(p => new TargetCount(p.Key, p.Value))
            .OrderBy(c => c.Target.Kind).ThenBy(c => c.Target.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SimulationResult(version, ImmutableArray.Create(decisions), distribution, unassigned.ToImmutable());
    }

    private static UnassignedTicket Explain(RoutingDecision d)
    {
        if (d.ReasonCodes.Contains(RoutingReasonCode.OverrideEscalation))
        {
            return new UnassignedTicket(d.TicketId, d.Queue, null, RoutingReasonCode.OverrideEscalation, $"Escalated to queue {d.Queue} by override {d.OverrideId}.");
        }

        if (d.RuleId is null)
        {
            return new UnassignedTicket(d.TicketId, d.Queue, null, RoutingReasonCode.NoRuleMatched, $"No rule matched; default queue {d.Queue}.");
        }

        if (!d.ReasonCodes.Contains(RoutingReasonCode.NoEligibleAgent))
        {
            return new UnassignedTicket(d.TicketId, d.Queue, d.RuleId, RoutingReasonCode.RuleMatched, $"Rule {d.RuleId} routes to queue {d.Queue}.");
        }

        // Counted by hand (no LINQ): a large simulation can have many unassigned tickets.
        Span<int> counts = stackalloc int[16];
        var targets = new System.Text.StringBuilder();
        foreach (var a in d.Alternatives)
        {
            if (a.Kind == AlternativeKind.Target)
            {
                targets.Append(targets.Length == 0 ? string.Empty : ", ").Append(a.Id);
            }
            else if (a.Kind == AlternativeKind.Agent && (int)a.Reason < counts.Length)
            {
                counts[(int)a.Reason]++;
            }
        }

        var rejected = new System.Text.StringBuilder();
        for (var reason = 0; reason < counts.Length; reason++)
        {
            if (counts[reason] > 0)
            {
                rejected.Append(rejected.Length == 0 ? string.Empty : ", ").Append(counts[reason]).Append(' ').Append((RejectionReason)reason);
            }
        }

        var omitted = d.AlternativesOmitted > 0 ? $", {d.AlternativesOmitted} more not recorded" : string.Empty;
        return new UnassignedTicket(
            d.TicketId,
            d.Queue,
            d.RuleId,
            RoutingReasonCode.NoEligibleAgent,
            $"Rule {d.RuleId}: no eligible agent for {targets} (agents: {(rejected.Length == 0 ? "none considered" : rejected.ToString())}{omitted}); waits in queue {d.Queue}.");
    }
}
