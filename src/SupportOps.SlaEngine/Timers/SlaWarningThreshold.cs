using System.Globalization;
using NodaTime;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.SlaEngine.Timers;

/// <summary>One warning threshold: a percentage of the target elapsed, or a business time remaining.</summary>
/// <remarks><para>This type is an immutable value.</para></remarks>
public readonly record struct SlaWarningThreshold
{
    // Compact storage (16 bytes; every reached warning of every evaluation carries one): the remaining
    // time as nanoseconds (at most SlaTimerBuilder.MaxTarget), the kind and percentage as bytes.
    private readonly long _remainingNanoseconds;
    private readonly byte _kind;
    private readonly byte _percent;

    private SlaWarningThreshold(SlaWarningKind kind, int percent, Duration remaining)
    {
        _kind = (byte)kind;
        _percent = (byte)percent;
        _remainingNanoseconds = remaining.ToInt64Nanoseconds();
    }

    /// <summary>Gets what the threshold measures.</summary>
    public SlaWarningKind Kind => (SlaWarningKind)_kind;

    /// <summary>Gets the percentage of the target elapsed, for <see cref="SlaWarningKind.PercentElapsed"/>; otherwise 0.</summary>
    public int Percent => _percent;

    /// <summary>Gets the business time remaining, for <see cref="SlaWarningKind.TimeRemaining"/>; otherwise zero.</summary>
    public Duration Remaining => Duration.FromNanoseconds(_remainingNanoseconds);

    /// <summary>Creates a threshold reached when <paramref name="percent"/> % of the target has elapsed.</summary>
    /// <param name="percent">The percentage, from 1 to 99 (100 % is the breach itself).</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not between 1 and 99.</exception>
    public static SlaWarningThreshold PercentElapsed(int percent)
    {
        if (percent is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"{nameof(percent)} must be between 1 and 99, but was {percent}.");
        }

        return new SlaWarningThreshold(SlaWarningKind.PercentElapsed, percent, Duration.Zero);
    }

    /// <summary>Creates a threshold reached when at most <paramref name="remaining"/> business time is left.</summary>
    /// <param name="remaining">The business time remaining; positive and at most <see cref="SlaTimerBuilder.MaxTarget"/>.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="remaining"/> is zero, negative or longer than <see cref="SlaTimerBuilder.MaxTarget"/>.</exception>
    public static SlaWarningThreshold TimeRemaining(Duration remaining)
    {
        TimerGuard.Positive(remaining);
        TimerGuard.AtMostMaxTarget(remaining);

        return new SlaWarningThreshold(SlaWarningKind.TimeRemaining, 0, remaining);
    }

    /// <summary>Returns the business time elapsed at which this threshold is reached for a target.</summary>
    /// <param name="target">The cycle's target.</param>
    /// <returns>The elapsed business time; zero when the threshold is reached from the start.</returns>
    public Duration ElapsedFor(Duration target)
    {
        if (Kind == SlaWarningKind.PercentElapsed)
        {
            return Duration.FromNanoseconds(target.ToInt64Nanoseconds() / 100 * Percent);
        }

        var elapsed = target - Remaining;
        return elapsed < Duration.Zero ? Duration.Zero : elapsed;
    }

    /// <summary>Returns a short text such as <c>75%</c> or <c>30m left</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Kind == SlaWarningKind.PercentElapsed
            ? Percent.ToString(CultureInfo.InvariantCulture) + "%"
            : DurationText.Format(Remaining) + " left";
}
