namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// One row of the <c>DailyRollups</c> table: what happened on one local day (in the support
/// calendar's zone) to tickets of one queue × channel × priority × assignee.
/// </summary>
/// <remarks>
/// <para>Maintained in the append transaction by <see cref="DailyRollupProjection"/> as the sum of the
/// tickets' <see cref="RollupFactRecord"/>s; dashboards and the executive report read these rows and
/// never aggregate events per request. Empty strings in the key stand for "none". A row whose counters
/// are all zero is deleted.</para>
/// <para>The backlog at the end of a day is the running sum of <see cref="BacklogChange"/> over all
/// days up to it (a ticket adds +1 where it enters the backlog and −1 where it leaves it, including
/// moves between queues, channels, priorities and assignees).</para>
/// </remarks>
public sealed class DailyRollupRecord
{
    /// <summary>Gets or sets the local day as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; set; }

    /// <summary>Gets or sets the queue, or empty.</summary>
    public required string Queue { get; set; }

    /// <summary>Gets or sets the channel wire name, or empty when unknown.</summary>
    public required string Channel { get; set; }

    /// <summary>Gets or sets the priority wire name.</summary>
    public required string Priority { get; set; }

    /// <summary>Gets or sets the assignee id, or empty when unassigned.</summary>
    public required string Agent { get; set; }

    /// <summary>Gets or sets the tickets created.</summary>
    public int Created { get; set; }

    /// <summary>Gets or sets the first public agent replies.</summary>
    public int FirstReplies { get; set; }

    /// <summary>Gets or sets the sum of first reply times (creation to first public reply), in seconds.</summary>
    public long FirstReplySeconds { get; set; }

    /// <summary>Gets or sets the solve transitions.</summary>
    public int Solved { get; set; }

    /// <summary>Gets or sets the sum of resolution times (creation to solve) of those solves, in seconds.</summary>
    public long ResolutionSeconds { get; set; }

    /// <summary>Gets or sets the reopen transitions.</summary>
    public int Reopened { get; set; }

    /// <summary>Gets or sets the escalations.</summary>
    public int Escalated { get; set; }

    /// <summary>Gets or sets the first-response cycles met.</summary>
    public int FirstResponseMet { get; set; }

    /// <summary>Gets or sets the first-response cycles breached.</summary>
    public int FirstResponseBreached { get; set; }

    /// <summary>Gets or sets the next-response cycles met.</summary>
    public int NextResponseMet { get; set; }

    /// <summary>Gets or sets the next-response cycles breached.</summary>
    public int NextResponseBreached { get; set; }

    /// <summary>Gets or sets the periodic-update cycles met.</summary>
    public int PeriodicUpdateMet { get; set; }

    /// <summary>Gets or sets the periodic-update cycles breached.</summary>
    public int PeriodicUpdateBreached { get; set; }

    /// <summary>Gets or sets the resolution cycles met.</summary>
    public int ResolutionMet { get; set; }

    /// <summary>Gets or sets the resolution cycles breached.</summary>
    public int ResolutionBreached { get; set; }

    /// <summary>Gets or sets the net change of the backlog (tickets entering minus tickets leaving).</summary>
    public int BacklogChange { get; set; }

    /// <summary>Gets or sets a counter bumped on every change: a concurrency token, so two appends never lose each other's counts.</summary>
    public long Revision { get; set; }

    /// <summary>Gets a value indicating whether every counter is zero (the row carries nothing).</summary>
    internal bool IsEmpty =>
        Created == 0 && FirstReplies == 0 && FirstReplySeconds == 0 && Solved == 0 && ResolutionSeconds == 0
        && Reopened == 0 && Escalated == 0 && FirstResponseMet == 0 && FirstResponseBreached == 0
        && NextResponseMet == 0 && NextResponseBreached == 0 && PeriodicUpdateMet == 0 && PeriodicUpdateBreached == 0
        && ResolutionMet == 0 && ResolutionBreached == 0 && BacklogChange == 0;

    /// <summary>Creates an empty row for a key.</summary>
    internal static DailyRollupRecord For(DailyRollupKey key) => new()
    {
        Day = key.Day,
        Queue = key.Queue,
        Channel = key.Channel,
        Priority = key.Priority,
        Agent = key.Agent,
    };

    /// <summary>Adds (<paramref name="sign"/> = 1) or removes (−1) a fact's contribution.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fact's metric or timer is unknown.</exception>
    internal void Apply(RollupFact fact, int sign)
    {
        var count = checked(fact.Count * sign);
        var seconds = checked(fact.Seconds * sign);
        switch (fact.Metric)
        {
            case RollupMetrics.Created:
                Created += count;
                break;
            case RollupMetrics.FirstReply:
                FirstReplies += count;
                FirstReplySeconds += seconds;
                break;
            case RollupMetrics.Solved:
                Solved += count;
                ResolutionSeconds += seconds;
                break;
            case RollupMetrics.Reopened:
                Reopened += count;
                break;
            case RollupMetrics.Escalated:
                Escalated += count;
                break;
            case RollupMetrics.Backlog:
                BacklogChange += count;
                break;
            case RollupMetrics.SlaMet:
                ApplySla(fact.Timer, met: true, count);
                break;
            case RollupMetrics.SlaBreached:
                ApplySla(fact.Timer, met: false, count);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fact), fact.Metric, "Unknown rollup metric.");
        }
    }

    private void ApplySla(string timer, bool met, int count)
    {
        switch (timer)
        {
            case RollupTimers.FirstResponse when met: FirstResponseMet += count; break;
            case RollupTimers.FirstResponse: FirstResponseBreached += count; break;
            case RollupTimers.NextResponse when met: NextResponseMet += count; break;
            case RollupTimers.NextResponse: NextResponseBreached += count; break;
            case RollupTimers.PeriodicUpdate when met: PeriodicUpdateMet += count; break;
            case RollupTimers.PeriodicUpdate: PeriodicUpdateBreached += count; break;
            case RollupTimers.Resolution when met: ResolutionMet += count; break;
            case RollupTimers.Resolution: ResolutionBreached += count; break;
            default: throw new ArgumentOutOfRangeException(nameof(timer), timer, "Unknown SLA timer.");
        }
    }
}
