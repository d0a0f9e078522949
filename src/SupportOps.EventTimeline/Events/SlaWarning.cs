using NodaTime;

namespace SupportOps.EventTimeline.Events;

/// <summary>An SLA timer is close to its due time (<c>sla_warning</c>, schema version 1).</summary>
public sealed record SlaWarning : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public SlaWarning()
        : base(TicketEventKind.SlaWarning)
    {
    }

    /// <summary>Gets the timer that is about to breach.</summary>
    public required SlaTimerKind TimerKind { get; init; }

    /// <summary>Gets the timer cycle (1 for the first response, n for the n-th next-response cycle).</summary>
    public required int Cycle { get; init; }

    /// <summary>Gets when the timer is due.</summary>
    public required Instant DueAt { get; init; }

    /// <summary>Gets the warning threshold that fired: the remaining time at which the warning is raised.</summary>
    public required Duration Threshold { get; init; }
}
