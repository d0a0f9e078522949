namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// One thing a ticket contributed to the daily rollups: a metric on a local day under the ticket's
/// dimensions at that moment, with a count (+1, or −1 when it left the backlog) and a duration sum.
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Day">The local day (<see cref="ReportingCalendar.ToDayNumber"/>).</param>
/// <param name="Metric">One of <see cref="RollupMetrics"/>.</param>
/// <param name="Timer">The SLA timer's wire name for SLA facts, otherwise empty.</param>
/// <param name="Dimensions">The dimensions.</param>
/// <param name="Count">The count.</param>
/// <param name="Seconds">The duration in seconds for first replies and solves, otherwise 0.</param>
internal readonly record struct RollupFact(string TicketId, int Day, string Metric, string Timer, RollupDimensions Dimensions, int Count, long Seconds)
{
    /// <summary>Gets the rollup row this fact is added to.</summary>
    public DailyRollupKey Key => new(Day, Dimensions.Queue, Dimensions.Channel, Dimensions.Priority, Dimensions.Agent);
}
