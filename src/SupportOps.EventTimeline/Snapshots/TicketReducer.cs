using System.Collections.Immutable;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Snapshots;

/// <summary>
/// The pure reducer from a ticket's events to its <see cref="TicketSnapshot"/>, with rebuilds and drift checks.
/// </summary>
/// <remarks>
/// <para><see cref="Apply"/> is a pure function: it returns <c>state with { … }</c> and reads nothing but its
/// arguments, so reducing a stream in one pass equals reducing any prefix and then the rest.</para>
/// <para>Events must be applied in version order without gaps (1, 2, 3 …) and must belong to the
/// snapshot's ticket; anything else is a caller bug and throws.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class TicketReducer
{
    /// <summary>Applies one event to a snapshot.</summary>
    /// <param name="state">The snapshot before the event; must not be null.</param>
    /// <param name="envelope">The next event of the same ticket (version <c>state.Version + 1</c>); must not be null.</param>
    /// <returns>The snapshot after the event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="envelope"/> is null.</exception>
    /// <exception cref="ArgumentException">The event belongs to another ticket or is not the next version.</exception>
    public static TicketSnapshot Apply(TicketSnapshot state, EventEnvelope envelope)
    {
        Guard.NotNull(state);
        Guard.NotNull(envelope);
        if (envelope.Version != state.Version + 1)
        {
            throw new ArgumentException(
                $"Ticket '{state.TicketId}' is at version {state.Version}, so the next event must have version {state.Version + 1}, but it has version {envelope.Version}.",
                nameof(envelope));
        }

        if (!string.Equals(envelope.TicketId, state.TicketId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Event {envelope.EventId} belongs to ticket '{envelope.TicketId}', not '{state.TicketId}'.", nameof(envelope));
        }

        var at = envelope.OccurredAt;
        var e = envelope.Event;
        return e.Kind switch
        {
            TicketEventKind.TicketCreated => Created(state, (TicketCreated)e, envelope),
            TicketEventKind.CustomerMessage => state with
            {
                Version = envelope.Version,
                UpdatedAt = at,
                CustomerMessageCount = state.CustomerMessageCount + 1,
                FirstCustomerMessageAt = state.FirstCustomerMessageAt ?? at,
                LastCustomerMessageAt = at,
            },
            TicketEventKind.AgentPublicReply => state with
            {
                Version = envelope.Version,
                UpdatedAt = at,
                AgentReplyCount = state.AgentReplyCount + 1,
                FirstAgentReplyAt = state.FirstAgentReplyAt ?? at,
                LastAgentReplyAt = at,
            },
            TicketEventKind.InternalNote => state with
            {
                Version = envelope.Version,
                UpdatedAt = at,
                InternalNoteCount = state.InternalNoteCount + 1,
            },
            TicketEventKind.StatusChanged => StatusChanged(state, (StatusChanged)e, envelope),
            TicketEventKind.PriorityChanged => state with { Version = envelope.Version, UpdatedAt = at, Priority = ((PriorityChanged)e).To },
            TicketEventKind.AssigneeChanged => AssigneeChanged(state, (AssigneeChanged)e, envelope),
            TicketEventKind.QueueChanged => state with { Version = envelope.Version, UpdatedAt = at, Queue = ((QueueChanged)e).To },
            TicketEventKind.TagsChanged => state with { Version = envelope.Version, UpdatedAt = at, Tags = ChangeTags(state.Tags, (TagsChanged)e) },
            TicketEventKind.CustomerTierChanged => state with { Version = envelope.Version, UpdatedAt = at, Tier = ((CustomerTierChanged)e).To },
            TicketEventKind.Escalated => state with { Version = envelope.Version, UpdatedAt = at, EscalationCount = state.EscalationCount + 1 },
            TicketEventKind.RoutingDecided => state with { Version = envelope.Version, UpdatedAt = at, LastRoutingDecision = (RoutingDecided)e },
            TicketEventKind.RoutingOverrideApplied => state with { Version = envelope.Version, UpdatedAt = at, ActiveOverride = (RoutingOverrideApplied)e },
            TicketEventKind.RoutingOverrideCleared => state with
            {
                Version = envelope.Version,
                UpdatedAt = at,
                ActiveOverride = state.ActiveOverride is { } active && string.Equals(active.OverrideId, ((RoutingOverrideCleared)e).OverrideId, StringComparison.Ordinal)
                    ? null
                    : state.ActiveOverride,
            },
            TicketEventKind.SlaWarning => state with { Version = envelope.Version, UpdatedAt = at },
            TicketEventKind.SlaBreached => state with { Version = envelope.Version, UpdatedAt = at, SlaBreachCount = state.SlaBreachCount + 1 },
            TicketEventKind.SummaryGenerated => state with { Version = envelope.Version, UpdatedAt = at, LastSummary = (SummaryGenerated)e },
            TicketEventKind.Merged => state with
            {
                Version = envelope.Version,
                UpdatedAt = at,
                MergedInto = string.Equals(((Merged)e).FromTicketId, state.TicketId, StringComparison.Ordinal) ? ((Merged)e).IntoTicketId : state.MergedInto,
            },
            _ => throw new ArgumentException($"Event {envelope.EventId} has undefined kind {e.Kind}.", nameof(envelope)),
        };
    }

    /// <summary>Applies events in order to a snapshot.</summary>
    /// <param name="state">The snapshot to continue from; must not be null.</param>
    /// <param name="events">The following events of the same ticket, in version order; must not be null.</param>
    /// <returns>The snapshot after the last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">An event belongs to another ticket or is out of order.</exception>
    public static TicketSnapshot Reduce(TicketSnapshot state, ReadOnlySpan<EventEnvelope> events)
    {
        Guard.NotNull(state);
        foreach (var envelope in events)
        {
            state = Apply(state, envelope);
        }

        return state;
    }

    /// <summary>Applies events in order to a snapshot.</summary>
    /// <param name="state">The snapshot to continue from; must not be null.</param>
    /// <param name="events">The following events of the same ticket, in version order; must not be null.</param>
    /// <returns>The snapshot after the last event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">An event belongs to another ticket or is out of order.</exception>
    public static TicketSnapshot Reduce(TicketSnapshot state, IEnumerable<EventEnvelope> events)
    {
        Guard.NotNull(state);
        Guard.NotNull(events);
        if (events is EventEnvelope[] array)
        {
            return Reduce(state, array.AsSpan());
        }

        foreach (var envelope in events)
        {
            state = Apply(state, envelope);
        }

        return state;
    }

    /// <summary>Rebuilds a ticket's snapshot from its stream, up to and including a version.</summary>
    /// <param name="ticketId">The ticket id; must not be null or empty.</param>
    /// <param name="events">The ticket's stream from version 1, in version order; must not be null. Events after <paramref name="upToVersion"/> are ignored.</param>
    /// <param name="upToVersion">The last version to apply; <see cref="long.MaxValue"/> (the default) for the whole stream.</param>
    /// <returns>The snapshot at <paramref name="upToVersion"/>, or at the stream's end when it is shorter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticketId"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is empty, or an event belongs to another ticket or is out of order.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="upToVersion"/> is negative.</exception>
    public static TicketSnapshot Rebuild(string ticketId, IEnumerable<EventEnvelope> events, long upToVersion = long.MaxValue)
    {
        var state = TicketSnapshot.Empty(ticketId);
        Guard.NotNull(events);
        Guard.NotNegative(upToVersion);
        foreach (var envelope in events)
        {
            if (envelope.Version > upToVersion)
            {
                break;
            }

            state = Apply(state, envelope);
        }

        return state;
    }

    /// <summary>Compares a stored snapshot with a rebuild of its stream up to the stored version.</summary>
    /// <param name="stored">The snapshot as stored (for example in a read model); must not be null.</param>
    /// <param name="events">The ticket's stream from version 1, in version order; must not be null.</param>
    /// <returns>One entry per differing field, in <see cref="TicketSnapshot"/> declaration order; empty when the snapshot is faithful.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">An event belongs to another ticket or is out of order.</exception>
    public static ImmutableArray<SnapshotDrift> DetectDrift(TicketSnapshot stored, IEnumerable<EventEnvelope> events)
    {
        Guard.NotNull(stored);
        return Compare(stored, Rebuild(stored.TicketId, events, stored.Version));
    }

    /// <summary>Compares two snapshots field by field.</summary>
    /// <param name="stored">The snapshot as stored; must not be null.</param>
    /// <param name="rebuilt">The snapshot as rebuilt; must not be null.</param>
    /// <returns>One entry per differing field; empty when they are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> or <paramref name="rebuilt"/> is null.</exception>
    public static ImmutableArray<SnapshotDrift> Compare(TicketSnapshot stored, TicketSnapshot rebuilt)
        => SnapshotFields.Differences(Guard.NotNull(stored), Guard.NotNull(rebuilt));

    private static TicketSnapshot Created(TicketSnapshot state, TicketCreated created, EventEnvelope envelope) => state with
    {
        Version = envelope.Version,
        UpdatedAt = envelope.OccurredAt,
        CreatedAt = envelope.OccurredAt,
        Subject = created.Subject,
        Channel = created.Channel,
        Priority = created.Priority,
        Tier = created.Tier,
        RequesterId = created.RequesterId,
        Queue = created.Queue ?? state.Queue,
        Tags = created.Tags.IsEmpty ? state.Tags : state.Tags.Union(created.Tags),
    };

    private static TicketSnapshot StatusChanged(TicketSnapshot state, StatusChanged changed, EventEnvelope envelope)
    {
        var wasDone = state.Status is TicketStatus.Solved or TicketStatus.Closed;
        var isDone = changed.To is TicketStatus.Solved or TicketStatus.Closed;
        return state with
        {
            Version = envelope.Version,
            UpdatedAt = envelope.OccurredAt,
            Status = changed.To,
            ReopenCount = wasDone && !isDone ? state.ReopenCount + 1 : state.ReopenCount,
            SolvedAt = !isDone ? null
                : changed.To == TicketStatus.Solved && state.Status != TicketStatus.Solved ? envelope.OccurredAt
                : state.SolvedAt ?? envelope.OccurredAt,
        };
    }

    private static TicketSnapshot AssigneeChanged(TicketSnapshot state, AssigneeChanged changed, EventEnvelope envelope)
    {
        var reassigned = state.Assignee is not null && changed.To is not null && !string.Equals(state.Assignee, changed.To, StringComparison.Ordinal);
        return state with
        {
            Version = envelope.Version,
            UpdatedAt = envelope.OccurredAt,
            Assignee = changed.To,
            ReassignmentCount = reassigned ? state.ReassignmentCount + 1 : state.ReassignmentCount,
        };
    }

    private static ImmutableSortedSet<string> ChangeTags(ImmutableSortedSet<string> tags, TagsChanged changed)
    {
        if (!changed.Added.IsEmpty)
        {
            tags = tags.Union(changed.Added);
        }

        if (!changed.Removed.IsEmpty)
        {
            tags = tags.Except(changed.Removed);
        }

        return tags;
    }
}
