namespace SupportOps.CommandCenter.Rollups;

/// <summary>The metric names of <see cref="RollupFact"/> (and of the drilldown endpoint).</summary>
internal static class RollupMetrics
{
    /// <summary>The ticket was created (<c>ticket_created</c>).</summary>
    public const string Created = "created";

    /// <summary>The first public agent reply; seconds = reply − creation.</summary>
    public const string FirstReply = "first_reply";

    /// <summary>A solve transition (open → solved or closed); seconds = solve − creation.</summary>
    public const string Solved = "solved";

    /// <summary>A reopen transition (solved or closed → open).</summary>
    public const string Reopened = "reopened";

    /// <summary>An <c>escalated</c> event.</summary>
    public const string Escalated = "escalated";

    /// <summary>An SLA cycle fulfilled before its due instant (timer in <see cref="RollupFact.Timer"/>).</summary>
    public const string SlaMet = "sla_met";

    /// <summary>An SLA cycle that passed its due instant (timer in <see cref="RollupFact.Timer"/>).</summary>
    public const string SlaBreached = "sla_breached";

    /// <summary>The ticket entered (+1) or left (−1) the backlog of a (queue, channel, priority, agent) key.</summary>
    public const string Backlog = "backlog";

    /// <summary>Gets every metric name.</summary>
    public static IReadOnlyList<string> All { get; } = [Created, FirstReply, Solved, Reopened, Escalated, SlaMet, SlaBreached, Backlog];
}
