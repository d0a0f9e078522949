using System.Runtime.CompilerServices;
using NodaTime;

namespace SupportOps.RiskModel.Internal;

/// <summary>Argument checks whose messages name the offending argument and its value.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : class
        => value ?? throw new ArgumentNullException(argumentName);

    public static double NotNegativeFinite(double value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be a finite number >= 0, but was {value}.");

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.");

    public static Duration NotNegative(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < Duration.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.")
            : value;

    public static Duration Positive(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value <= Duration.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be positive, but was {value}.")
            : value;

    private static readonly Duration MaxTickDuration = Duration.FromDays(3_652_500);

    /// <summary>The duration in 100 ns ticks; it must be within ±10,000 years.</summary>
    public static long Ticks(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value <= MaxTickDuration && value >= -MaxTickDuration
            ? value.BclCompatibleTicks
            : throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be within ±10,000 years, but was {value}.");

    public static void SameLength(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string argumentName = "")
    {
        if (actual < expected)
        {
            throw new ArgumentException($"{argumentName} must have room for {expected} items, but has {actual}.", argumentName);
        }
    }
}
