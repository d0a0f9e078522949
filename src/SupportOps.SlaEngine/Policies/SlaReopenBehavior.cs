namespace SupportOps.SlaEngine.Policies;

/// <summary>
/// What a reopen does to a timer whose cycle the solve ended. Wire values: <c>none</c>
/// <c>resume_cycle</c> <c>new_cycle</c>.
/// </summary>
public enum SlaReopenBehavior
{
    /// <summary>Nothing: the timer waits for its own start trigger.</summary>
    None = 0,

    /// <summary>
    /// The cycle the solve fulfilled runs again, as if the solved time had been a pause: its target,
    /// start and business time so far are kept (resolution by default).
    /// </summary>
    ResumeCycle = 1,

    /// <summary>A new cycle with the full target starts at the reopen.</summary>
    NewCycle = 2,
}
