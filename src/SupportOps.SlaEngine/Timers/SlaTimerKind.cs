namespace SupportOps.SlaEngine.Timers;

/// <summary>
/// The kinds of SLA timer. Wire values: <c>first_response</c> <c>next_response</c>
/// <c>periodic_update</c> <c>resolution</c>.
/// </summary>
public enum SlaTimerKind
{
    /// <summary>Time from the ticket's start to the first public agent reply.</summary>
    FirstResponse = 0,

    /// <summary>Time from the oldest unanswered customer message (after an agent reply) to the next public agent reply.</summary>
    NextResponse = 1,

    /// <summary>Time between consecutive public agent replies while the ticket is open.</summary>
    PeriodicUpdate = 2,

    /// <summary>Time from creation to solved, excluding pending-customer and on-hold time.</summary>
    Resolution = 3,
}
