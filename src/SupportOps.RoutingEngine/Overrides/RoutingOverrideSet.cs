using System.Collections.Immutable;
using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Overrides;

/// <summary>The manual overrides known to the router, per ticket. Applying or clearing returns a new set.</summary>
/// <remarks>
/// <para>
/// When several overrides of a ticket are active at once, the one applied last wins (ties: the larger
/// id in ordinal order). Expired overrides stay in the set, inactive, until <see cref="WithoutExpired"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RoutingOverrideSet
{
    private readonly ImmutableDictionary<string, ImmutableArray<RoutingOverride>> _byTicket;

    private RoutingOverrideSet(ImmutableDictionary<string, ImmutableArray<RoutingOverride>> byTicket) => _byTicket = byTicket;

    /// <summary>Gets the empty set.</summary>
    public static RoutingOverrideSet Empty { get; } = new(ImmutableDictionary.Create<string, ImmutableArray<RoutingOverride>>(StringComparer.Ordinal));

    /// <summary>Gets every override, by ticket id then applied instant.</summary>
    public IEnumerable<RoutingOverride> All =>
        _byTicket.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);

    /// <summary>Returns a set with the override added.</summary>
    /// <param name="routingOverride">The override; must not be null.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routingOverride"/> is null.</exception>
    public RoutingOverrideSet Apply(RoutingOverride routingOverride)
    {
        Guard.NotNull(routingOverride);
        var list = _byTicket.TryGetValue(routingOverride.TicketId, out var existing) ? existing : [];
        if (list.Any(o => o.Id == routingOverride.Id))
        {
            return this;
        }

        return new RoutingOverrideSet(_byTicket.SetItem(routingOverride.TicketId, [.. list.Append(routingOverride).OrderBy(o => o.AppliedAt).ThenBy(o => o.Id, StringComparer.Ordinal)]));
    }

    /// <summary>Returns a set with the override removed, and the event recording it.</summary>
    /// <param name="overrideId">The override id.</param>
    /// <param name="actor">Who clears it; must not be null or empty.</param>
    /// <param name="reason">Why; must not be null or empty.</param>
    /// <param name="clearedAt">When.</param>
    /// <param name="cleared">The event, or null when no such override exists.</param>
    /// <returns>The new set (this set when no such override exists).</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> or <paramref name="reason"/> is null or empty.</exception>
    public RoutingOverrideSet Clear(string overrideId, string actor, string reason, Instant clearedAt, out RoutingOverrideCleared? cleared)
    {
        Guard.NotNullOrWhiteSpace(actor);
        Guard.NotNullOrWhiteSpace(reason);
        foreach (var (ticketId, list) in _byTicket)
        {
            for (var index = 0; index < list.Length; index++)
            {
                if (list[index].Id != overrideId)
                {
                    continue;
                }

                cleared = new RoutingOverrideCleared(overrideId, ticketId, actor.Trim(), reason, clearedAt);
                var rest = list.RemoveAt(index);
                return new RoutingOverrideSet(rest.IsEmpty ? _byTicket.Remove(ticketId) : _byTicket.SetItem(ticketId, rest));
            }
        }

        cleared = null;
        return this;
    }

    /// <summary>Returns a set without the overrides that have expired by an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The new set.</returns>
    public RoutingOverrideSet WithoutExpired(Instant instant)
    {
        var builder = _byTicket.ToBuilder();
        foreach (var (ticketId, list) in _byTicket)
        {
            var kept = list.RemoveAll(o => o.ExpiresAt <= instant);
            if (kept.IsEmpty)
            {
                builder.Remove(ticketId);
            }
            else
            {
                builder[ticketId] = kept;
            }
        }

        return new RoutingOverrideSet(builder.ToImmutable());
    }

    /// <summary>Returns the override in effect for a ticket at an instant, or null.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>The winning active override, or null.</returns>
    public RoutingOverride? ActiveFor(string ticketId, Instant instant)
    {
        if (ticketId is null || !_byTicket.TryGetValue(ticketId, out var list))
        {
            return null;
        }

        for (var i = list.Length - 1; i >= 0; i--)
        {
            if (list[i].IsActiveAt(instant))
            {
                return list[i];
            }
        }

        return null;
    }
}
