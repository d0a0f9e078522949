using NodaTime;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Scoring;

/// <summary>What the <see cref="RiskScorer"/> knows about one ticket at one moment: its soonest running SLA
/// timer and the state around it.</summary>
/// <remarks>
/// <para>A small immutable value; building one does not allocate. Durations are <em>business</em> time as measured
/// by the caller's SLA calendar. The constructor sets the SLA fields and the defaults <see cref="TicketStatus.Open"/>,
/// <see cref="Scoring.Channel.Email"/>, <see cref="Scoring.Priority.P2"/>, unassigned, no load and no backlog; use
/// <c>with { … }</c> or the init accessors for the rest. Durations are kept at tick (100 ns) precision and must be
/// within ±10,000 years.</para>
/// </remarks>
public readonly record struct RiskInputs
{
    // Stored as 100 ns ticks: half the size of three Durations, and the scorer divides them directly.
    private readonly long _timeUsedTicks;
    private readonly long _timeRemainingTicks;
    private readonly long _targetTicks;
    private readonly double _assigneeLoad;
    private readonly double _queueBacklog;

    /// <summary>Initializes inputs for a running timer.</summary>
    /// <param name="timeUsed">Business time used so far; not negative.</param>
    /// <param name="timeRemaining">Business time left until the target; negative once overdue.</param>
    /// <param name="target">The timer's business-time target; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeUsed"/> is negative, <paramref name="target"/> is not
    /// positive, or a duration exceeds ±10,000 years.</exception>
    public RiskInputs(Duration timeUsed, Duration timeRemaining, Duration target)
    {
        TimeUsed = timeUsed;
        TimeRemaining = timeRemaining;
        Target = target;
        Status = TicketStatus.Open;
        Channel = Channel.Email;
        Priority = Priority.P2;
    }

    /// <summary>Gets the business time used so far on the soonest running timer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is negative or exceeds 10,000 years.</exception>
    public Duration TimeUsed
    {
        get => Duration.FromTicks(_timeUsedTicks);
        init => _timeUsedTicks = Guard.Ticks(Guard.NotNegative(value));
    }

    /// <summary>Gets the business time left until the soonest timer's target; negative once it is overdue.</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value exceeds ±10,000 years.</exception>
    public Duration TimeRemaining
    {
        get => Duration.FromTicks(_timeRemainingTicks);
        init => _timeRemainingTicks = Guard.Ticks(value);
    }

    /// <summary>Gets the soonest timer's business-time target (for example 8 business hours to first response).</summary>
    /// <remarks><para>Zero only in <c>default(RiskInputs)</c>; the scorer then treats the time as fully elapsed
    /// unless time remains.</para></remarks>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is not positive or exceeds 10,000 years.</exception>
    public Duration Target
    {
        get => Duration.FromTicks(_targetTicks);
        init => _targetTicks = Guard.Ticks(Guard.Positive(value));
    }

    /// <summary>Gets a value indicating whether the soonest timer has already breached.</summary>
    public bool IsBreached { get; init; }

    /// <summary>Gets the ticket's status.</summary>
    public TicketStatus Status { get; init; }

    /// <summary>Gets the channel the customer used.</summary>
    public Channel Channel { get; init; }

    /// <summary>Gets the ticket's priority.</summary>
    public Priority Priority { get; init; }

    /// <summary>Gets a value indicating whether an agent owns the ticket.</summary>
    public bool IsAssigned { get; init; }

    /// <summary>Gets the assignee's load as a fraction of capacity (0 = idle, 1 = full, above 1 = overloaded).
    /// Ignored when the ticket is unassigned.</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is negative, NaN or infinite.</exception>
    public double AssigneeLoad
    {
        get => _assigneeLoad;
        init => _assigneeLoad = Guard.NotNegativeFinite(value);
    }

    /// <summary>Gets <see cref="TimeRemaining"/> in ticks, for the scorer.</summary>
    internal long TimeRemainingTicks => _timeRemainingTicks;

    /// <summary>Gets <see cref="Target"/> in ticks, for the scorer.</summary>
    internal long TargetTicks => _targetTicks;

    /// <summary>Gets the ticket's queue backlog as a fraction of what the queue can absorb (0..n).</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is negative, NaN or infinite.</exception>
    public double QueueBacklog
    {
        get => _queueBacklog;
        init => _queueBacklog = Guard.NotNegativeFinite(value);
    }
}
