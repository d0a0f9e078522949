namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// One row of the <c>RollupFacts</c> table: a <see cref="RollupFact"/> of one ticket. The facts are
/// what the daily rollups are the sum of, and what a dashboard point drills down to.
/// </summary>
/// <remarks>
/// <para>Rewritten for a ticket (old facts removed, new ones added) in the append transaction whenever
/// its facts change; always equal to <c>RollupFactExtractor.Extract</c> over the ticket's stream.</para>
/// </remarks>
public sealed class RollupFactRecord
{
    /// <summary>Gets or sets the surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the ticket id.</summary>
    public required string TicketId { get; set; }

    /// <summary>Gets or sets the local day number.</summary>
    public int Day { get; set; }

    /// <summary>Gets or sets the metric (<c>created</c>, <c>first_reply</c>, <c>solved</c>, <c>reopened</c>, <c>escalated</c>, <c>sla_met</c>, <c>sla_breached</c>, <c>backlog</c>).</summary>
    public required string Metric { get; set; }

    /// <summary>Gets or sets the SLA timer wire name for SLA facts, otherwise empty.</summary>
    public required string Timer { get; set; }

    /// <summary>Gets or sets the queue, or empty.</summary>
    public required string Queue { get; set; }

    /// <summary>Gets or sets the channel wire name, or empty.</summary>
    public required string Channel { get; set; }

    /// <summary>Gets or sets the priority wire name.</summary>
    public required string Priority { get; set; }

    /// <summary>Gets or sets the assignee id, or empty.</summary>
    public required string Agent { get; set; }

    /// <summary>Gets or sets the count (+1, or −1 for leaving the backlog).</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets the duration in seconds (first replies and solves), otherwise 0.</summary>
    public long Seconds { get; set; }

    /// <summary>Converts the row back to its fact.</summary>
    internal RollupFact ToFact() => new(TicketId, Day, Metric, Timer, new RollupDimensions(Queue, Channel, Priority, Agent), Count, Seconds);

    /// <summary>Creates the row of a fact.</summary>
    internal static RollupFactRecord From(RollupFact fact) => new()
    {
        TicketId = fact.TicketId,
        Day = fact.Day,
        Metric = fact.Metric,
        Timer = fact.Timer,
        Queue = fact.Dimensions.Queue,
        Channel = fact.Dimensions.Channel,
        Priority = fact.Dimensions.Priority,
        Agent = fact.Dimensions.Agent,
        Count = fact.Count,
        Seconds = fact.Seconds,
    };
}
