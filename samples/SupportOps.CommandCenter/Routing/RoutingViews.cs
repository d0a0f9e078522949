using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.CommandCenter.Routing;

/// <summary>Converts routing decisions to and from their API and table shapes.</summary>
internal static class RoutingViews
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The API view of a decision.</summary>
    public static RoutingDecisionView ToView(RoutingDecision decision, Instant? decidedAt) => new(
        decision.DecisionId,
        decision.TicketId,
        decision.PolicyVersion,
        decision.InputsHash,
        decision.RuleId,
        decision.OverrideId,
        Vocabulary.Wire(decision.Target.Kind),
        decision.Target.Id,
        decision.Queue,
        decision.AssigneeId,
        [.. decision.ReasonCodes.Select(Vocabulary.Wire)],
        [.. decision.Alternatives.Select(ToView)],
        decision.AlternativesOmitted,
        decidedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null);

    /// <summary>The API view of a stored decision.</summary>
    public static RoutingDecisionView ToView(RoutingDecisionRecord row) => new(
        row.DecisionId,
        row.TicketId,
        row.PolicyVersion,
        row.InputsHash,
        row.RuleId,
        row.OverrideId,
        row.TargetKind,
        row.TargetId,
        row.Queue,
        row.AssigneeId,
        row.ReasonCodes.Length == 0 ? [] : row.ReasonCodes.Split(','),
        JsonSerializer.Deserialize<List<RoutingAlternativeView>>(row.Alternatives, Json) ?? [],
        row.AlternativesOmitted,
        InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(row.DecidedAtTicks)));

    /// <summary>The row of a decision recorded by an event at a stream version.</summary>
    public static RoutingDecisionRecord ToRecord(RoutingDecision decision, long eventVersion, Instant decidedAt) => new()
    {
        TicketId = decision.TicketId,
        EventVersion = eventVersion,
        DecisionId = decision.DecisionId,
        PolicyVersion = decision.PolicyVersion,
        InputsHash = decision.InputsHash,
        RuleId = decision.RuleId,
        OverrideId = decision.OverrideId,
        TargetKind = Vocabulary.Wire(decision.Target.Kind),
        TargetId = decision.Target.Id,
        Queue = decision.Queue,
        AssigneeId = decision.AssigneeId,
        ReasonCodes = string.Join(',', decision.ReasonCodes.Select(Vocabulary.Wire)),
        Alternatives = JsonSerializer.Serialize(decision.Alternatives.Select(ToView).ToList(), Json),
        AlternativesOmitted = decision.AlternativesOmitted,
        DecidedAtTicks = decidedAt.ToUnixTimeTicks(),
    };

    private static RoutingAlternativeView ToView(RoutingAlternative alternative) => new(
        Vocabulary.Wire(alternative.Kind),
        alternative.Id,
        Vocabulary.Wire(alternative.Reason),
        [.. Enum.GetValues<RuleConditionKinds>()
            .Where(k => k != RuleConditionKinds.None && alternative.FailedConditions.HasFlag(k))
            .Select(Vocabulary.Wire)]);
}
