using System.Runtime.CompilerServices;
using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Internal;

/// <summary>Argument checks whose messages name the offending argument and its value.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : class
        => value ?? throw new ArgumentNullException(argumentName);

    public static Duration NotNegative(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < Duration.Zero ? throw Negative(value, argumentName) : value;

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < min || value > max
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be between {min} and {max}, but was {value}.")
            : value;

    public static BusinessHoursInterval NotDefault(BusinessHoursInterval value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value.EndTicks == 0
            ? throw new ArgumentException($"{argumentName} must be a constructed interval, but was the default (zero-length) value.", argumentName)
            : value;

    // Kept out of line so that hot callers inline only the comparison, not the message formatting.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentOutOfRangeException Negative(Duration value, string argumentName)
        => new(argumentName, value, $"{argumentName} must not be negative, but was {value}.");
}
