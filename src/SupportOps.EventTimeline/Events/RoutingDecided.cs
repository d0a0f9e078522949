using System.Collections.Immutable;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Events;

/// <summary>The routing engine decided where the ticket goes (<c>routing_decided</c>, schema version 1).</summary>
public sealed record RoutingDecided : TicketEvent
{
    private readonly ImmutableArray<string> _reasonCodes = [];

    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public RoutingDecided()
        : base(TicketEventKind.RoutingDecided)
    {
    }

    /// <summary>Gets the decision id, derived deterministically by the routing engine.</summary>
    public required string DecisionId { get; init; }

    /// <summary>Gets the version of the routing policy that made the decision.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>Gets the id of the rule that matched; null when the policy's fallback applied.</summary>
    public string? RuleId { get; init; }

    /// <summary>Gets what the ticket was routed to.</summary>
    public required RoutingTargetKind TargetKind { get; init; }

    /// <summary>Gets the id of the queue, agent or team the ticket was routed to.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets a hash of the routing inputs, so the same inputs are recognisably the same decision.</summary>
    public required string InputsHash { get; init; }

    /// <summary>Gets machine-readable reason codes explaining the decision. The default is empty.</summary>
    public ImmutableArray<string> ReasonCodes { get => _reasonCodes; init => _reasonCodes = Sequences.OrEmpty(value); }

    /// <inheritdoc />
    public bool Equals(RoutingDecided? other)
        => other is not null
           && DecisionId == other.DecisionId && PolicyVersion == other.PolicyVersion && RuleId == other.RuleId
           && TargetKind == other.TargetKind && TargetId == other.TargetId && InputsHash == other.InputsHash
           && Sequences.Equal(ReasonCodes, other.ReasonCodes);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(DecisionId, PolicyVersion, RuleId, TargetKind, TargetId, InputsHash, Sequences.Hash(ReasonCodes));
}
