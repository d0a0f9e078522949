namespace SupportOps.CommandCenter.Routing;

/// <summary>
/// One routing decision with the alternatives it rejected: a row of the <c>RoutingDecisions</c> table,
/// written in the same transaction as the <c>routing_decided</c> event it details.
/// </summary>
/// <remarks>
/// <para>The timeline event carries the decision's identity (id, policy version, inputs hash, rule,
/// target, reason codes); this row adds what the event leaves out: the alternatives and why each was
/// rejected. A <c>routing_decided</c> event appended through the events API (not by the router) gets a
/// row without alternatives.</para>
/// </remarks>
public sealed class RoutingDecisionRecord
{
    /// <summary>Gets or sets the surrogate key (insertion order).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the ticket id.</summary>
    public required string TicketId { get; set; }

    /// <summary>Gets or sets the stream version of the <c>routing_decided</c> event.</summary>
    public long EventVersion { get; set; }

    /// <summary>Gets or sets the decision id (<c>ticket@policy#hash</c>).</summary>
    public required string DecisionId { get; set; }

    /// <summary>Gets or sets the routing policy version.</summary>
    public required string PolicyVersion { get; set; }

    /// <summary>Gets or sets the inputs hash (hex).</summary>
    public required string InputsHash { get; set; }

    /// <summary>Gets or sets the matching rule, or null.</summary>
    public string? RuleId { get; set; }

    /// <summary>Gets or sets the override that decided, or null.</summary>
    public string? OverrideId { get; set; }

    /// <summary>Gets or sets the target kind (<c>queue</c> or <c>agent</c>).</summary>
    public required string TargetKind { get; set; }

    /// <summary>Gets or sets the target id.</summary>
    public required string TargetId { get; set; }

    /// <summary>Gets or sets the queue the ticket is filed in.</summary>
    public required string Queue { get; set; }

    /// <summary>Gets or sets the assigned agent, or null.</summary>
    public string? AssigneeId { get; set; }

    /// <summary>Gets or sets the reason codes (snake_case), comma-separated, in the order the steps happened.</summary>
    public required string ReasonCodes { get; set; }

    /// <summary>Gets or sets the rejected alternatives as a JSON array.</summary>
    public required string Alternatives { get; set; }

    /// <summary>Gets or sets how many alternatives were left out to keep the decision small.</summary>
    public int AlternativesOmitted { get; set; }

    /// <summary>Gets or sets when it was decided (the event's occurred-at), as Unix ticks.</summary>
    public long DecidedAtTicks { get; set; }
}
