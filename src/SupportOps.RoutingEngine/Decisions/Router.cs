using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>
/// Routes tickets with one policy: <see cref="DryRun"/> decides without recording anything;
/// <see cref="Route"/> also remembers each ticket's last decision, so routing the same ticket with the
/// same inputs hash and policy version again returns that decision as a repeat and emits nothing.
/// </summary>
/// <remarks>
/// <para>
/// Decisions are pure functions of (ticket, snapshot, active override, policy, options, <c>now</c>).
/// <c>now</c> enters the inputs hash only through what it decides (which agents are on shift, who is on
/// call, whether the cooldown runs, which override is active), so routing the same situation later
/// is still a repeat.
/// </para>
/// <para>This type is thread-safe. The decision log keeps the last decision of at most
/// <see cref="RoutingOptions.DecisionLogCapacity"/> tickets, forgetting the least recently routed first.</para>
/// </remarks>
public sealed class Router
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<RoutingDecision>> _log = new(StringComparer.Ordinal);
    private readonly LinkedList<RoutingDecision> _recency = new();
    private readonly RoutingOptions _options;

    /// <summary>Initializes a new router.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="options">The options, copied; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public Router(RoutingPolicy policy, RoutingOptions? options = null)
    {
        Policy = Guard.NotNull(policy);
        _options = (options ?? new RoutingOptions()).Snapshot();
        var failures = _options.Validate();
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid routing options: " + string.Join(" ", failures), nameof(options));
        }
    }

    /// <summary>Gets the policy.</summary>
    public RoutingPolicy Policy { get; }

    /// <summary>Decides where a ticket goes without recording anything.</summary>
    /// <param name="ticket">The ticket; must not be null.</param>
    /// <param name="capacity">The capacity snapshot; must not be null.</param>
    /// <param name="overrides">The manual overrides, or null for none.</param>
    /// <param name="now">The decision instant.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> or <paramref name="capacity"/> is null.</exception>
    public RoutingDecision DryRun(RoutingTicket ticket, CapacitySnapshot capacity, RoutingOverrideSet? overrides, Instant now)
    {
        Guard.NotNull(ticket);
        var compiled = Guard.NotNull(capacity).Compiled;
        var active = overrides?.ActiveFor(ticket.Id, now);
        return RoutingDecider.Decide(Policy, ticket, compiled, compiled.Fingerprint, compiled.Load, compiled.ChannelLoad, compiled.RoomMask, compiled.ChannelRoomMask, active, now, _options, out _);
    }

    /// <summary>Decides where a ticket goes and records it, unless it repeats the ticket's last decision.</summary>
    /// <param name="ticket">The ticket; must not be null.</param>
    /// <param name="capacity">The capacity snapshot; must not be null.</param>
    /// <param name="overrides">The manual overrides, or null for none.</param>
    /// <param name="now">The decision instant.</param>
    /// <returns>The decision, whether it is a repeat, and the event to record (null for a repeat).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> or <paramref name="capacity"/> is null.</exception>
    public RoutingResult Route(RoutingTicket ticket, CapacitySnapshot capacity, RoutingOverrideSet? overrides, Instant now)
    {
        var decision = DryRun(ticket, capacity, overrides, now);
        lock (_gate)
        {
            if (_log.TryGetValue(decision.TicketId, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                var last = node.Value;
                if (last.InputsHashBytes.SequenceEqual(decision.InputsHashBytes) && last.PolicyVersion == decision.PolicyVersion)
                {
                    return new RoutingResult(last, IsRepeat: true, Recorded: null);
                }

                node.Value = decision;
            }
            else
            {
                _log[decision.TicketId] = _recency.AddFirst(decision);
                if (_log.Count > _options.DecisionLogCapacity)
                {
                    _log.Remove(_recency.Last!.Value.TicketId);
                    _recency.RemoveLast();
                }
            }
        }

        return new RoutingResult(decision, IsRepeat: false, new RoutingDecisionRecorded(decision, now));
    }

    /// <summary>Returns the last decision recorded for a ticket, or null.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <returns>The decision, or null.</returns>
    public RoutingDecision? LastDecision(string ticketId)
    {
        lock (_gate)
        {
            return ticketId is not null && _log.TryGetValue(ticketId, out var node) ? node.Value : null;
        }
    }
}
