using System.Globalization;
using NodaTime;
using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Timers;

/// <summary>One warning threshold: a percentage of the target elapsed, or a business time remaining.</summary>
/// <remarks><para>This type is an immutable value.</para></remarks>
public readonly record struct SlaWarningThreshold
{
    private SlaWarningThreshold(SlaWarningKind kind, int percent, Duration remaining)
    {
        Kind = kind;
        Percent = percent;
        Remaining = remaining;
    }

    /// <summary>Gets what the threshold measures.</summary>
    public SlaWarningKind Kind { get; }

    /// <summary>Gets the percentage of the target elapsed, for <see cref="SlaWarningKind.PercentElapsed"/>; otherwise 0.</summary>
    public int Percent { get; }

    /// <summary>Gets the business time remaining, for <see cref="SlaWarningKind.TimeRemaining"/>; otherwise zero.</summary>
    public Duration Remaining { get; }

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
    /// <param name="remaining">The business time remaining; must be positive.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="remaining"/> is zero or negative.</exception>
    public static SlaWarningThreshold TimeRemaining(Duration remaining)
    {
        TimerGuard.Positive(remaining);
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
