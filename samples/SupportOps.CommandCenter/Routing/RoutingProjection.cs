using NodaTime.Text;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Routing;

/// <summary>
/// Inside each append's transaction: stores a <see cref="RoutingDecisionRecord"/> for every
/// <c>routing_decided</c> event (with the alternatives the router captured) and writes an audit entry
/// for every routing override applied or cleared, whoever appended it.
/// </summary>
/// <param name="capture">The decisions this request's router is appending.</param>
internal sealed class RoutingProjection(RoutingDecisionCapture capture) : ITicketProjection
{
    /// <inheritdoc />
    public ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var audit = new EfAuditLog(context.Db);
        foreach (var envelope in context.Appended)
        {
            switch (envelope.Event)
            {
                case RoutingDecided decided:
                    context.Db.RoutingDecisions.Add(capture.Take(decided.DecisionId) is { } decision
                        ? RoutingViews.ToRecord(decision, envelope.Version, envelope.OccurredAt)
                        : new RoutingDecisionRecord
                        {
                            TicketId = envelope.TicketId,
                            EventVersion = envelope.Version,
                            DecisionId = decided.DecisionId,
                            PolicyVersion = decided.PolicyVersion,
                            InputsHash = decided.InputsHash,
                            RuleId = decided.RuleId,
                            TargetKind = Vocabulary.Wire(decided.TargetKind),
                            TargetId = decided.TargetId,
                            Queue = decided.TargetKind == RoutingTargetKind.Queue ? decided.TargetId : string.Empty,
                            AssigneeId = decided.TargetKind == RoutingTargetKind.Agent ? decided.TargetId : null,
                            ReasonCodes = string.Join(',', decided.ReasonCodes),
                            Alternatives = "[]",
                            DecidedAtTicks = envelope.OccurredAt.ToUnixTimeTicks(),
                        });
                    break;
                case RoutingOverrideApplied applied:
                    audit.Stage(new AuditEntry(
                        context.RecordedAt,
                        applied.AppliedBy,
                        AuditActions.RoutingOverrideApplied,
                        $"ticket:{envelope.TicketId}",
                        context.Previous is { } previous ? $"assignee {previous.Assignee ?? "(none)"}, queue {previous.Queue ?? "(none)"}" : null,
                        $"{applied.OverrideId}: {(applied.TargetKind == RoutingTargetKind.Agent ? "reassign to agent" : "escalate to queue")} {applied.TargetId}"
                        + (applied.ExpiresAt is { } expires ? $" until {InstantPattern.ExtendedIso.Format(expires)}" : string.Empty)
                        + $"; reason: {applied.Reason}"));
                    break;
                case RoutingOverrideCleared cleared:
                    audit.Stage(new AuditEntry(
                        context.RecordedAt,
                        cleared.ClearedBy ?? envelope.Actor.Id,
                        AuditActions.RoutingOverrideCleared,
                        $"ticket:{envelope.TicketId}",
                        $"{cleared.OverrideId} active",
                        $"{cleared.OverrideId} cleared; reason: {cleared.Reason ?? "(none)"}"));
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }
}
