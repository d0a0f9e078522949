namespace SupportOps.CommandCenter.Routing;

/// <summary>A routing decision as the API shows it.</summary>
/// <param name="DecisionId">The decision id (<c>ticket@policy#hash</c>); equal inputs give the same id.</param>
/// <param name="TicketId">The ticket.</param>
/// <param name="PolicyVersion">The routing policy version.</param>
/// <param name="InputsHash">The SHA-256 of the inputs (hex).</param>
/// <param name="RuleId">The rule that matched, or null (override, or no rule).</param>
/// <param name="OverrideId">The override that decided, or null.</param>
/// <param name="TargetKind">The target kind: <c>queue</c> or <c>agent</c>.</param>
/// <param name="TargetId">The target id.</param>
/// <param name="Queue">The queue the ticket is filed in.</param>
/// <param name="AssigneeId">The assigned agent, or null when the ticket waits in the queue.</param>
/// <param name="ReasonCodes">What happened, in order (<c>rule_matched</c>, <c>least_loaded</c>, ...).</param>
/// <param name="Alternatives">The rejected alternatives and why.</param>
/// <param name="AlternativesOmitted">How many alternatives were left out.</param>
/// <param name="DecidedAt">When it was decided (ISO-8601), or null for a dry run.</param>
public sealed record RoutingDecisionView(
    string DecisionId,
    string TicketId,
    string PolicyVersion,
    string InputsHash,
    string? RuleId,
    string? OverrideId,
    string TargetKind,
    string TargetId,
    string Queue,
    string? AssigneeId,
    IReadOnlyList<string> ReasonCodes,
    IReadOnlyList<RoutingAlternativeView> Alternatives,
    int AlternativesOmitted,
    string? DecidedAt);
