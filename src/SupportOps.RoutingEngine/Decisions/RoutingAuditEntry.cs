using NodaTime;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Overrides;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>One line of a ticket's routing audit trail: when, what, who, and a one-line summary.</summary>
/// <param name="At">When it happened.</param>
/// <param name="TicketId">The ticket.</param>
/// <param name="Kind">Decision, override applied or override cleared.</param>
/// <param name="Actor">The person for overrides; <c>router</c> for decisions.</param>
/// <param name="Summary">A one-line, human-readable summary.</param>
/// <param name="DecisionId">The decision id, for decisions.</param>
/// <param name="OverrideId">The override id, for overrides and for decisions an override made.</param>
public sealed record RoutingAuditEntry(
    Instant At,
    string TicketId,
    RoutingAuditEntryKind Kind,
    string Actor,
    string Summary,
    string? DecisionId,
    string? OverrideId)
{
    /// <summary>The actor recorded for the router's own decisions.</summary>
    public const string RouterActor = "router";

    /// <summary>Creates the audit entry of a recorded decision.</summary>
    /// <param name="recorded">The event; must not be null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recorded"/> is null.</exception>
    public static RoutingAuditEntry From(RoutingDecisionRecorded recorded)
    {
        var d = Guard.NotNull(recorded).Decision;
        var why = d.OverrideId is not null ? $"override {d.OverrideId}" : d.RuleId is not null ? $"rule {d.RuleId}" : "no rule matched";
        return new RoutingAuditEntry(
            recorded.RecordedAt,
            d.TicketId,
            RoutingAuditEntryKind.Decision,
            RouterActor,
            $"Routed to {d.Target} in queue {d.Queue} by {why} (policy {d.PolicyVersion}): {string.Join(", ", d.ReasonCodes)}.",
            d.DecisionId,
            d.OverrideId);
    }

    /// <summary>Creates the audit entry of an applied override.</summary>
    /// <param name="applied">The event; must not be null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applied"/> is null.</exception>
    public static RoutingAuditEntry From(RoutingOverrideApplied applied)
    {
        var o = Guard.NotNull(applied).Override;
        var expiry = o.ExpiresAt is null ? "until cleared" : $"until {o.ExpiresAt}";
        var what = o.Kind == RoutingOverrideKind.EscalateToQueue ? $"Escalated to queue {o.TargetId}" : $"Reassigned to agent {o.TargetId}";
        return new RoutingAuditEntry(o.AppliedAt, o.TicketId, RoutingAuditEntryKind.OverrideApplied, o.Actor, $"{what} {expiry}: {o.Reason}", null, o.Id);
    }

    /// <summary>Creates the audit entry of a cleared override.</summary>
    /// <param name="cleared">The event; must not be null.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cleared"/> is null.</exception>
    public static RoutingAuditEntry From(RoutingOverrideCleared cleared)
    {
        Guard.NotNull(cleared);
        return new RoutingAuditEntry(cleared.ClearedAt, cleared.TicketId, RoutingAuditEntryKind.OverrideCleared, cleared.Actor, $"Cleared override {cleared.OverrideId}: {cleared.Reason}", null, cleared.OverrideId);
    }
}
