using System.Collections.Immutable;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Snapshots;

/// <summary>
/// The state of one ticket after a prefix of its stream, as built by <see cref="TicketReducer"/>.
/// </summary>
/// <remarks>
/// <para>A snapshot is an immutable value: reducing returns new snapshots and never changes one.
/// Instants are the <see cref="EventEnvelope.OccurredAt"/> of the events that set them. Equality compares
/// every field, tags as a set.</para>
/// <para>How each event changes each field is listed in <c>docs/event-timeline.md</c>.</para>
/// </remarks>
public sealed record TicketSnapshot
{
    private readonly ImmutableSortedSet<string> _tags = EmptyTags;

    internal static ImmutableSortedSet<string> EmptyTags { get; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Gets the ticket id.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the version of the last event applied; 0 before any.</summary>
    public long Version { get; init; }

    /// <summary>Gets the status. The default is <see cref="TicketStatus.New"/>.</summary>
    public TicketStatus Status { get; init; } = TicketStatus.New;

    /// <summary>Gets the priority. The default, before <c>ticket_created</c>, is <see cref="Priority.P2"/>.</summary>
    public Priority Priority { get; init; } = Priority.P2;

    /// <summary>Gets the assignee's id; null when unassigned.</summary>
    public string? Assignee { get; init; }

    /// <summary>Gets the queue; null when in none.</summary>
    public string? Queue { get; init; }

    /// <summary>Gets the tags, in ordinal order. The default is empty.</summary>
    public ImmutableSortedSet<string> Tags
    {
        get => _tags;
        init => _tags = value is null ? EmptyTags : value.KeyComparer == StringComparer.Ordinal ? value : value.WithComparer(StringComparer.Ordinal);
    }

    /// <summary>Gets the customer tier. The default, before <c>ticket_created</c>, is <see cref="CustomerTier.Standard"/>.</summary>
    public CustomerTier Tier { get; init; } = CustomerTier.Standard;

    /// <summary>Gets the channel the ticket came in through; null before <c>ticket_created</c>.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the subject; null before <c>ticket_created</c>.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the requester's id; null before <c>ticket_created</c>.</summary>
    public string? RequesterId { get; init; }

    /// <summary>Gets when the ticket was created; null before <c>ticket_created</c>.</summary>
    public Instant? CreatedAt { get; init; }

    /// <summary>Gets when the last applied event occurred; null before any.</summary>
    public Instant? UpdatedAt { get; init; }

    /// <summary>Gets when the customer first wrote.</summary>
    public Instant? FirstCustomerMessageAt { get; init; }

    /// <summary>Gets when the customer last wrote.</summary>
    public Instant? LastCustomerMessageAt { get; init; }

    /// <summary>Gets when an agent first replied publicly.</summary>
    public Instant? FirstAgentReplyAt { get; init; }

    /// <summary>Gets when an agent last replied publicly.</summary>
    public Instant? LastAgentReplyAt { get; init; }

    /// <summary>Gets how many customer messages the ticket has.</summary>
    public int CustomerMessageCount { get; init; }

    /// <summary>Gets how many public agent replies the ticket has.</summary>
    public int AgentReplyCount { get; init; }

    /// <summary>Gets how many internal notes the ticket has.</summary>
    public int InternalNoteCount { get; init; }

    /// <summary>Gets how often the ticket left <c>solved</c> or <c>closed</c> for another status.</summary>
    public int ReopenCount { get; init; }

    /// <summary>Gets how often the ticket moved from one assignee to a different one (first assignments and unassignments do not count).</summary>
    public int ReassignmentCount { get; init; }

    /// <summary>Gets how often the ticket was escalated.</summary>
    public int EscalationCount { get; init; }

    /// <summary>Gets how many SLA breaches were recorded.</summary>
    public int SlaBreachCount { get; init; }

    /// <summary>Gets when the ticket was last solved; null while it is not solved or closed.</summary>
    public Instant? SolvedAt { get; init; }

    /// <summary>Gets the id of the ticket this one was merged into; null when it was not merged away.</summary>
    public string? MergedInto { get; init; }

    /// <summary>Gets the last routing decision.</summary>
    public RoutingDecided? LastRoutingDecision { get; init; }

    /// <summary>
    /// Gets the routing override in force, until cleared. Check <see cref="RoutingOverrideApplied.ExpiresAt"/>
    /// against your clock: the reducer has no notion of now.
    /// </summary>
    public RoutingOverrideApplied? ActiveOverride { get; init; }

    /// <summary>Gets the last summary generated.</summary>
    public SummaryGenerated? LastSummary { get; init; }

    /// <summary>Creates the snapshot of a ticket before any event (version 0).</summary>
    /// <param name="ticketId">The ticket id; must not be null or empty.</param>
    /// <returns>The empty snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticketId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is empty.</exception>
    public static TicketSnapshot Empty(string ticketId) => new() { TicketId = Guard.NotNullOrEmpty(ticketId) };

    /// <inheritdoc />
    public bool Equals(TicketSnapshot? other) => other is not null && SnapshotFields.AllEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(TicketId, Version, Status, Priority, Assignee, Queue, Tags.Count, HashCode.Combine(CustomerMessageCount, AgentReplyCount, UpdatedAt));
}
