namespace SupportOps.CommandCenter.Rollups;

/// <summary>Sums of <see cref="DailyRollupRecord"/> counters over a set of rows (a day, a queue, a period).</summary>
/// <remarks><para>Derived figures are null when their denominator is zero.</para></remarks>
internal sealed class RollupTotals
{
    public int Created { get; init; }

    public int FirstReplies { get; init; }

    public long FirstReplySeconds { get; init; }

    public int Solved { get; init; }

    public long ResolutionSeconds { get; init; }

    public int Reopened { get; init; }

    public int Escalated { get; init; }

    public int FirstResponseMet { get; init; }

    public int FirstResponseBreached { get; init; }

    public int NextResponseMet { get; init; }

    public int NextResponseBreached { get; init; }

    public int PeriodicUpdateMet { get; init; }

    public int PeriodicUpdateBreached { get; init; }

    public int ResolutionMet { get; init; }

    public int ResolutionBreached { get; init; }

    public int BacklogChange { get; init; }

    /// <summary>Gets an all-zero total.</summary>
    public static RollupTotals Zero { get; } = new();

    public int SlaMet => FirstResponseMet + NextResponseMet + PeriodicUpdateMet + ResolutionMet;

    public int SlaBreached => FirstResponseBreached + NextResponseBreached + PeriodicUpdateBreached + ResolutionBreached;

    /// <summary>Gets met / (met + breached) × 100 over all timers.</summary>
    public double? SlaAttainment => Percent(SlaMet, SlaMet + SlaBreached);

    /// <summary>Gets escalations per 100 created tickets.</summary>
    public double? EscalationRate => Percent(Escalated, Created);

    /// <summary>Gets reopens per 100 solves.</summary>
    public double? ReopenRate => Percent(Reopened, Solved);

    /// <summary>Gets the mean first reply time in hours.</summary>
    public double? MeanFirstReplyHours => FirstReplies == 0 ? null : FirstReplySeconds / 3600.0 / FirstReplies;

    /// <summary>Gets the mean resolution time (creation to solve) in hours.</summary>
    public double? MeanResolutionHours => Solved == 0 ? null : ResolutionSeconds / 3600.0 / Solved;

    /// <summary>Gets the met and breached cycles of one timer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The timer is unknown.</exception>
    public (int Met, int Breached) Timer(string timer) => timer switch
    {
        RollupTimers.FirstResponse => (FirstResponseMet, FirstResponseBreached),
        RollupTimers.NextResponse => (NextResponseMet, NextResponseBreached),
        RollupTimers.PeriodicUpdate => (PeriodicUpdateMet, PeriodicUpdateBreached),
        RollupTimers.Resolution => (ResolutionMet, ResolutionBreached),
        _ => throw new ArgumentOutOfRangeException(nameof(timer), timer, "Unknown SLA timer."),
    };

    /// <summary>Gets a timer's attainment in percent.</summary>
    public double? TimerAttainment(string timer)
    {
        var (met, breached) = Timer(timer);
        return Percent(met, met + breached);
    }

    /// <summary>Adds two totals.</summary>
    public RollupTotals Plus(RollupTotals other) => new()
    {
        Created = Created + other.Created,
        FirstReplies = FirstReplies + other.FirstReplies,
        FirstReplySeconds = FirstReplySeconds + other.FirstReplySeconds,
        Solved = Solved + other.Solved,
        ResolutionSeconds = ResolutionSeconds + other.ResolutionSeconds,
        Reopened = Reopened + other.Reopened,
        Escalated = Escalated + other.Escalated,
        FirstResponseMet = FirstResponseMet + other.FirstResponseMet,
        FirstResponseBreached = FirstResponseBreached + other.FirstResponseBreached,
        NextResponseMet = NextResponseMet + other.NextResponseMet,
        NextResponseBreached = NextResponseBreached + other.NextResponseBreached,
        PeriodicUpdateMet = PeriodicUpdateMet + other.PeriodicUpdateMet,
        PeriodicUpdateBreached = PeriodicUpdateBreached + other.PeriodicUpdateBreached,
        ResolutionMet = ResolutionMet + other.ResolutionMet,
        ResolutionBreached = ResolutionBreached + other.ResolutionBreached,
        BacklogChange = BacklogChange + other.BacklogChange,
    };

    private static double? Percent(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;
}
