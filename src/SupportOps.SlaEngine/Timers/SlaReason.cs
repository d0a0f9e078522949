using NodaTime;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.SlaEngine.Timers;

/// <summary>One step in a timer cycle's history: what happened, when, and the status or priority involved.</summary>
/// <param name="At">The instant of the step.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Status">The ticket status after the step.</param>
/// <param name="Priority">The ticket priority after the step.</param>
/// <param name="Target">The cycle's target after the step; within ±292 years (the nanoseconds of a <see cref="long"/>), as every SLA target is.</param>
public readonly record struct SlaReason(Instant At, SlaReasonKind Kind, TicketStatus Status, Priority Priority, Duration Target)
{
    // Compact storage: an evaluation returns a reason for every step of every cycle, and 32 bytes a
    // reason rather than 48 keeps that allocation small. The enums are kept as bytes and the target as
    // nanoseconds (SLA targets are at most SlaTimerBuilder.MaxTarget, 100 years).
    private readonly Instant _at = At;
    private readonly long _targetNanoseconds = Target.ToInt64Nanoseconds();
    private readonly byte _kind = (byte)Kind;
    private readonly byte _status = (byte)Status;
    private readonly byte _priority = (byte)Priority;

    /// <summary>Gets the instant of the step.</summary>
    public Instant At
    {
        get => _at;
        init => _at = value;
    }

    /// <summary>Gets what happened.</summary>
    public SlaReasonKind Kind
    {
        get => (SlaReasonKind)_kind;
        init => _kind = (byte)value;
    }

    /// <summary>Gets the ticket status after the step.</summary>
    public TicketStatus Status
    {
        get => (TicketStatus)_status;
        init => _status = (byte)value;
    }

    /// <summary>Gets the ticket priority after the step.</summary>
    public Priority Priority
    {
        get => (Priority)_priority;
        init => _priority = (byte)value;
    }

    /// <summary>Gets the cycle's target after the step.</summary>
    /// <exception cref="OverflowException">On init, the value is beyond ±292 years.</exception>
    public Duration Target
    {
        get => Duration.FromNanoseconds(_targetNanoseconds);
        init => _targetNanoseconds = value.ToInt64Nanoseconds();
    }
}
