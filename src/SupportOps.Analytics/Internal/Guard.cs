using System.Runtime.CompilerServices;

namespace SupportOps.Analytics.Internal;

/// <summary>Argument checks whose messages name the offending argument and its value.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : class
        => value ?? throw new ArgumentNullException(argumentName);

    public static string NotNullOrEmpty(string? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value is null
            ? throw new ArgumentNullException(argumentName)
            : value.Length == 0
                ? throw new ArgumentException($"{argumentName} must not be empty.", argumentName)
                : value;

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < 0
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.")
            : value;
}
