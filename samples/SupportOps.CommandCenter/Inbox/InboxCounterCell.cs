using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>The key of an <see cref="InboxCounterRecord"/>: a ticket's values of the inbox's filter dimensions.</summary>
/// <param name="Queue">The queue, or <see cref="InboxCounterRecord.None"/>.</param>
/// <param name="Status">The status wire name.</param>
/// <param name="Priority">The priority wire name.</param>
/// <param name="Channel">The channel wire name, or <see cref="InboxCounterRecord.None"/>.</param>
/// <param name="RiskBand">The risk band wire name.</param>
/// <param name="IsBreached">Whether the soonest running SLA timer is breached.</param>
/// <param name="Assignee">The assignee id, or <see cref="InboxCounterRecord.None"/>.</param>
internal readonly record struct InboxCounterCell(string Queue, string Status, string Priority, string Channel, string RiskBand, bool IsBreached, string Assignee)
{
    /// <summary>The cell a snapshot counts in.</summary>
    public static InboxCounterCell Of(TicketSnapshotRecord row) => new(
        row.Queue ?? InboxCounterRecord.None,
        row.Status,
        row.Priority,
        row.Channel ?? InboxCounterRecord.None,
        row.RiskBand,
        row.IsBreached,
        row.Assignee ?? InboxCounterRecord.None);
}
