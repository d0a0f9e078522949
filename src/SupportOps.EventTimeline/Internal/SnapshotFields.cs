using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;

namespace SupportOps.EventTimeline.Internal;

/// <summary>Field-by-field comparison of snapshots, shared by equality and the drift check.</summary>
internal static class SnapshotFields
{
    private static readonly Field[] Fields =
    [
        new(nameof(TicketSnapshot.TicketId), s => s.TicketId),
        new(nameof(TicketSnapshot.Version), s => s.Version),
        new(nameof(TicketSnapshot.Status), s => s.Status),
        new(nameof(TicketSnapshot.Priority), s => s.Priority),
        new(nameof(TicketSnapshot.Assignee), s => s.Assignee),
        new(nameof(TicketSnapshot.Queue), s => s.Queue),
        new(nameof(TicketSnapshot.Tags), s => s.Tags),
        new(nameof(TicketSnapshot.Tier), s => s.Tier),
        new(nameof(TicketSnapshot.Channel), s => s.Channel),
        new(nameof(TicketSnapshot.Subject), s => s.Subject),
        new(nameof(TicketSnapshot.RequesterId), s => s.RequesterId),
        new(nameof(TicketSnapshot.CreatedAt), s => s.CreatedAt),
        new(nameof(TicketSnapshot.UpdatedAt), s => s.UpdatedAt),
        new(nameof(TicketSnapshot.FirstCustomerMessageAt), s => s.FirstCustomerMessageAt),
        new(nameof(TicketSnapshot.LastCustomerMessageAt), s => s.LastCustomerMessageAt),
        new(nameof(TicketSnapshot.FirstAgentReplyAt), s => s.FirstAgentReplyAt),
        new(nameof(TicketSnapshot.LastAgentReplyAt), s => s.LastAgentReplyAt),
        new(nameof(TicketSnapshot.CustomerMessageCount), s => s.CustomerMessageCount),
        new(nameof(TicketSnapshot.AgentReplyCount), s => s.AgentReplyCount),
        new(nameof(TicketSnapshot.InternalNoteCount), s => s.InternalNoteCount),
        new(nameof(TicketSnapshot.ReopenCount), s => s.ReopenCount),
        new(nameof(TicketSnapshot.ReassignmentCount), s => s.ReassignmentCount),
        new(nameof(TicketSnapshot.EscalationCount), s => s.EscalationCount),
        new(nameof(TicketSnapshot.SlaBreachCount), s => s.SlaBreachCount),
        new(nameof(TicketSnapshot.SolvedAt), s => s.SolvedAt),
        new(nameof(TicketSnapshot.MergedInto), s => s.MergedInto),
        new(nameof(TicketSnapshot.LastRoutingDecision), s => s.LastRoutingDecision),
        new(nameof(TicketSnapshot.ActiveOverride), s => s.ActiveOverride),
        new(nameof(TicketSnapshot.LastSummary), s => s.LastSummary),
    ];

    public static bool AllEqual(TicketSnapshot left, TicketSnapshot right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        foreach (var field in Fields)
        {
            if (!ValuesEqual(field.Read(left), field.Read(right)))
            {
                return false;
            }
        }

        return true;
    }

    public static ImmutableArray<SnapshotDrift> Differences(TicketSnapshot stored, TicketSnapshot rebuilt)
    {
        var drifts = ImmutableArray.CreateBuilder<SnapshotDrift>();
        foreach (var field in Fields)
        {
            var storedValue = field.Read(stored);
            var rebuiltValue = field.Read(rebuilt);
            if (!ValuesEqual(storedValue, rebuiltValue))
            {
                drifts.Add(new SnapshotDrift(field.Name, Format(storedValue), Format(rebuiltValue)));
            }
        }

        return drifts.ToImmutable();
    }

    private static bool ValuesEqual(object? left, object? right)
        => left is ImmutableSortedSet<string> leftTags && right is ImmutableSortedSet<string> rightTags
            ? leftTags.SetEquals(rightTags)
            : Equals(left, right);

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        Instant instant => InstantPattern.ExtendedIso.Format(instant),
        ImmutableSortedSet<string> tags => string.Join(", ", tags),
        RoutingDecided decision => $"{decision.DecisionId} -> {decision.TargetKind} {decision.TargetId}",
        RoutingOverrideApplied applied => $"{applied.OverrideId} -> {applied.TargetKind} {applied.TargetId}",
        SummaryGenerated summary => $"v{summary.SummaryVersion.ToString(CultureInfo.InvariantCulture)} {summary.InputsHash}",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record Field(string Name, Func<TicketSnapshot, object?> Read);
}
