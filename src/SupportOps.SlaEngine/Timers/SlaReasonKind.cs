namespace SupportOps.SlaEngine.Timers;

/// <summary>Why a timer cycle changed; one entry of a cycle's explanation.</summary>
public enum SlaReasonKind
{
    /// <summary>Started when the ticket was created.</summary>
    StartedAtCreation = 0,

    /// <summary>Started at a customer message (the first one, or the oldest unanswered one).</summary>
    StartedAtCustomerMessage = 1,

    /// <summary>Started at a public agent reply (periodic update).</summary>
    StartedAtAgentReply = 2,

    /// <summary>Started when the ticket reopened.</summary>
    StartedAtReopen = 3,

    /// <summary>Paused because the ticket entered a pausing status.</summary>
    Paused = 4,

    /// <summary>Resumed because the ticket left a pausing status.</summary>
    Resumed = 5,

    /// <summary>Fulfilled by a public agent reply.</summary>
    FulfilledByAgentReply = 6,

    /// <summary>Fulfilled because the ticket was solved or closed.</summary>
    FulfilledBySolved = 7,

    /// <summary>A solved cycle was resumed because the ticket reopened; time while solved is excluded.</summary>
    ResumedAtReopen = 8,

    /// <summary>A priority change gave the cycle a new target, counted from its original start.</summary>
    Retargeted = 9,

    /// <summary>A priority change came after the cycle had already breached, so its target was kept.</summary>
    RetargetIgnoredAlreadyBreached = 10,

    /// <summary>A priority change left the timer without a target, so the cycle was cancelled.</summary>
    Cancelled = 11,
}
