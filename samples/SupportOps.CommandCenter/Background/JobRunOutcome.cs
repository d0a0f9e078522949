namespace SupportOps.CommandCenter.Background;

/// <summary>What happened when a job was asked to run once.</summary>
public enum JobRunOutcome
{
    /// <summary>This instance took the lease and the job ran to completion.</summary>
    Ran,

    /// <summary>Another instance holds the lease; nothing ran here.</summary>
    LeaseHeldElsewhere,

    /// <summary>The lease was lost while the job ran (renewal failed); the job was cancelled.</summary>
    LeaseLost,
}
