namespace SupportOps.SlaEngine.Policies;

/// <summary>How a timer target counts time. Wire values: <c>business</c> <c>calendar</c>.</summary>
public enum SlaTimeMode
{
    /// <summary>Business time: only the open instants of the timer's business calendar count.</summary>
    Business = 0,

    /// <summary>Calendar time: every instant counts, nights, weekends and holidays included.</summary>
    Calendar = 1,
}
