namespace SupportOps.SlaEngine.Timers;

/// <summary>Where a timer cycle stands at the evaluation instant. Breach is tracked separately.</summary>
public enum SlaCycleStatus
{
    /// <summary>Counting business time.</summary>
    Running = 0,

    /// <summary>Stopped for now by a pausing status; resumes when the status changes back.</summary>
    Paused = 1,

    /// <summary>Ended by its stop event (a public agent reply, or the ticket solved).</summary>
    Fulfilled = 2,

    /// <summary>Ended because a priority change left the timer without a target.</summary>
    Cancelled = 3,
}
