using System.Runtime.CompilerServices;
using NodaTime;

namespace SupportOps.RoutingEngine.Internal;

/// <summary>Argument checks whose messages name the offending argument and its value.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : class
        => value ?? throw new ArgumentNullException(argumentName);

    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
    {
        ArgumentNullException.ThrowIfNull(value, argumentName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{argumentName} must not be empty or white space, but was '{value}'.", argumentName)
            : value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < min || value > max
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be between {min} and {max}, but was {value}.")
            : value;

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < 0
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.")
            : value;

    public static Duration NotNegative(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < Duration.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.")
            : value;

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where TEnum : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be a defined {typeof(TEnum).Name}, but was {value}.");
}
