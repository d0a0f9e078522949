using System.Runtime.CompilerServices;

namespace SupportOps.Adapters.Internal;

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

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value <= 0
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be positive, but was {value}.")
            : value;

    public static TimeSpan Positive(TimeSpan value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be positive, but was {value}.")
            : value;
}
