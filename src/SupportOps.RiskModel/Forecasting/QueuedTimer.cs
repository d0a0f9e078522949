using NodaTime;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Forecasting;

/// <summary>A running SLA timer of a ticket waiting in a queue: how many tickets are ahead of it and how much business
/// time is left before it breaches.</summary>
public readonly record struct QueuedTimer
{
    private readonly int _queuePosition;

    /// <summary>Initializes a queued timer.</summary>
    /// <param name="queuePosition">Tickets ahead of this one in its queue (0 = next to be served).</param>
    /// <param name="remainingBusinessTime">Business time until the timer breaches; zero or negative when already due.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="queuePosition"/> is negative.</exception>
    public QueuedTimer(int queuePosition, Duration remainingBusinessTime)
    {
        QueuePosition = queuePosition;
        RemainingBusinessTime = remainingBusinessTime;
    }

    /// <summary>Gets the number of tickets ahead of this one (0 = next to be served).</summary>
    /// <exception cref="ArgumentOutOfRangeException">(init) The value is negative.</exception>
    public int QueuePosition
    {
        get => _queuePosition;
        init => _queuePosition = Guard.NotNegative(value);
    }

    /// <summary>Gets the business time until the timer breaches; zero or negative when it is already due.</summary>
    public Duration RemainingBusinessTime { get; init; }
}
