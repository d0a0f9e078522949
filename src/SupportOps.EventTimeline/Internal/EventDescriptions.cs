using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Internal;

/// <summary>One-line, human-readable descriptions of events, shared by the CSV and Markdown exports.</summary>
internal static class EventDescriptions
{
    public static string Time(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string ActorName(Actor actor)
        => $"{(string.IsNullOrEmpty(actor.DisplayName) ? actor.Id : actor.DisplayName)} ({WireNames.Of(actor.Kind)})";

    /// <summary>The free text an event carries (a message body or a summary), or null.</summary>
    public static string? Body(TicketEvent e) => e switch
    {
        MessageEvent message => message.Body,
        SummaryGenerated summary => summary.Text,
        _ => null,
    };

    /// <summary>What happened, as a verb phrase whose subject is the actor.</summary>
    public static string Describe(TicketEvent e) => e switch
    {
        TicketCreated created => Join(
            $"created the ticket via {WireNames.Of(created.Channel)}: \"{created.Subject}\" (priority {WireNames.Of(created.Priority)}, tier {WireNames.Of(created.Tier)}",
            created.Queue is null ? null : $", queue {created.Queue}",
            created.Tags.IsEmpty ? null : $", tags {string.Join(", ", created.Tags)}",
            ")"),
        CustomerMessage message => $"wrote via {WireNames.Of(message.Channel)}" + Attachments(message),
        AgentPublicReply reply => $"replied publicly via {WireNames.Of(reply.Channel)}" + Attachments(reply),
        InternalNote note => "added an internal note" + Attachments(note),
        StatusChanged changed => changed.From is { } from
            ? $"changed the status from {WireNames.Of(from)} to {WireNames.Of(changed.To)}"
            : $"changed the status to {WireNames.Of(changed.To)}",
        PriorityChanged changed => changed.From is { } from
            ? $"changed the priority from {WireNames.Of(from)} to {WireNames.Of(changed.To)}"
            : $"changed the priority to {WireNames.Of(changed.To)}",
        AssigneeChanged changed => (changed.From, changed.To) switch
        {
            (_, null) => changed.From is null ? "unassigned the ticket" : $"unassigned the ticket from {changed.From}",
            (null, var to) => $"assigned the ticket to {to}",
            var (from, to) => $"reassigned the ticket from {from} to {to}",
        },
        QueueChanged changed => changed.From is { } from
            ? $"moved the ticket from queue {from} to {changed.To}"
            : $"moved the ticket to queue {changed.To}",
        TagsChanged changed => Join(
            changed.Added.IsEmpty ? null : $"added tags {string.Join(", ", changed.Added)}",
            !changed.Added.IsEmpty && !changed.Removed.IsEmpty ? "; " : null,
            changed.Removed.IsEmpty ? null : $"removed tags {string.Join(", ", changed.Removed)}",
            changed.Added.IsEmpty && changed.Removed.IsEmpty ? "changed no tags" : null),
        CustomerTierChanged changed => changed.From is { } from
            ? $"changed the customer tier from {WireNames.Of(from)} to {WireNames.Of(changed.To)}"
            : $"changed the customer tier to {WireNames.Of(changed.To)}",
        Escalated escalated => (escalated.EscalatedTo is null ? "escalated the ticket" : $"escalated the ticket to {escalated.EscalatedTo}") + $": {escalated.Reason}",
        RoutingDecided decided => Join(
            $"routed the ticket to {WireNames.Of(decided.TargetKind)} {decided.TargetId} (",
            decided.RuleId is null ? "fallback" : $"rule {decided.RuleId}",
            $", policy {decided.PolicyVersion}",
            decided.ReasonCodes.IsEmpty ? null : $"; reasons {string.Join(", ", decided.ReasonCodes)}",
            ")"),
        RoutingOverrideApplied applied => Join(
            $"pinned routing to {WireNames.Of(applied.TargetKind)} {applied.TargetId}",
            applied.ExpiresAt is { } expires ? $" until {Time(expires)}" : null,
            $" (override {applied.OverrideId} by {applied.AppliedBy}): {applied.Reason}"),
        RoutingOverrideCleared cleared => Join(
            $"cleared routing override {cleared.OverrideId}",
            cleared.ClearedBy is null ? null : $" (by {cleared.ClearedBy})",
            cleared.Reason is null ? null : $": {cleared.Reason}"),
        SlaWarning warning => $"warned that the {WireNames.Of(warning.TimerKind)} SLA (cycle {warning.Cycle.ToString(CultureInfo.InvariantCulture)}) is due at {Time(warning.DueAt)} (threshold {Format(warning.Threshold)})",
        SlaBreached breached => Join(
            $"recorded a breach of the {WireNames.Of(breached.TimerKind)} SLA (cycle {breached.Cycle.ToString(CultureInfo.InvariantCulture)}), due at {Time(breached.DueAt)}",
            breached.Threshold is { } target ? $" (target {Format(target)})" : null),
        SummaryGenerated summary => $"generated summary v{summary.SummaryVersion.ToString(CultureInfo.InvariantCulture)} with {summary.Provider}/{summary.Model}",
        Merged merged => $"merged ticket {merged.FromTicketId} into {merged.IntoTicketId}",
        _ => e.WireName,
    };

    private static string Attachments(MessageEvent message) => message.Attachments.Length switch
    {
        0 => string.Empty,
        1 => $" (attachment: {message.Attachments[0].Name})",
        var count => $" ({count.ToString(CultureInfo.InvariantCulture)} attachments: {string.Join(", ", message.Attachments.Select(attachment => attachment.Name))})",
    };

    private static string Format(Duration duration)
        => PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(duration.ToInt64Nanoseconds()).Normalize());

    private static string Join(params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part);
        }

        return builder.ToString();
    }
}
