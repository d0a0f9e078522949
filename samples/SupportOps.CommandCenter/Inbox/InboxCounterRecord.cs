namespace SupportOps.CommandCenter.Inbox;

/// <summary>
/// One cell of the inbox counters (the <c>InboxCounters</c> table): how many tickets have exactly these
/// values of the inbox's filter dimensions. Kept up to date on append and on refresh by
/// <see cref="InboxCounterProjection"/>, so counts never scan the snapshots.
/// </summary>
/// <remarks>Absent values (no queue, no channel, unassigned) are stored as <see cref="None"/>, the empty string, so every dimension is part of the key.</remarks>
public sealed class InboxCounterRecord
{
    /// <summary>The stored value of an absent dimension.</summary>
    public const string None = "";

    /// <summary>Gets or sets the queue, or <see cref="None"/>.</summary>
    public required string Queue { get; set; }

    /// <summary>Gets or sets the status wire name.</summary>
    public required string Status { get; set; }

    /// <summary>Gets or sets the priority wire name.</summary>
    public required string Priority { get; set; }

    /// <summary>Gets or sets the channel wire name, or <see cref="None"/>.</summary>
    public required string Channel { get; set; }

    /// <summary>Gets or sets the risk band wire name.</summary>
    public required string RiskBand { get; set; }

    /// <summary>Gets or sets a value indicating whether the tickets' soonest running SLA timer is breached.</summary>
    public bool IsBreached { get; set; }

    /// <summary>Gets or sets the assignee id, or <see cref="None"/> when unassigned.</summary>
    public required string Assignee { get; set; }

    /// <summary>Gets or sets how many tickets are in the cell (never negative; cells at 0 are kept).</summary>
    public long Count { get; set; }
}
