using NodaTime;

namespace SupportOps.EventTimeline.Events;

/// <summary>An SLA timer passed its due time (<c>sla_breached</c>, schema version 1).</summary>
public sealed record SlaBreached : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public SlaBreached()
        : base(TicketEventKind.SlaBreached)
    {
    }

    /// <summary>Gets the timer that breached.</summary>
    public required SlaTimerKind TimerKind { get; init; }

    /// <summary>Gets the timer cycle (1 for the first response, n for the n-th next-response cycle).</summary>
    public required int Cycle { get; init; }

    /// <summary>Gets when the timer was due.</summary>
    public required Instant DueAt { get; init; }

    /// <summary>Gets the SLA target the timer measured (for example 4 hours of business time), when known.</summary>
    public Duration? Threshold { get; init; }
}
