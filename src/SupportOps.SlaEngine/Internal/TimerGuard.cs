using System.Runtime.CompilerServices;
using NodaTime;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.SlaEngine.Internal;

/// <summary>Argument checks for policies and timers, with messages that name the argument and its value.</summary>
internal static class TimerGuard
{
    public static Duration Positive(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value <= Duration.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be positive, but was {value}.")
            : value;

    public static Duration NotNegative(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < Duration.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.")
            : value;

    public static Duration AtMostMaxTarget(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value > SlaTimerBuilder.MaxTarget
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be at most {SlaTimerBuilder.MaxTarget} (100 years), but was {value}.")
            : value;

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} has the unknown value {value}.");

    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
    {
        ArgumentNullException.ThrowIfNull(value, argumentName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{argumentName} must not be empty or blank, but was '{value}'.", argumentName)
            : value;
    }
}
