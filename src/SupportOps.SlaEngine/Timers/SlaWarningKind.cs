namespace SupportOps.SlaEngine.Timers;

/// <summary>What a warning threshold measures.</summary>
public enum SlaWarningKind
{
    /// <summary>A percentage of the target elapsed, such as 75 %.</summary>
    PercentElapsed = 0,

    /// <summary>Business time remaining before the due instant, such as 30 minutes.</summary>
    TimeRemaining = 1,
}
