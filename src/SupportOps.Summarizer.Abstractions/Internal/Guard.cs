using System.Runtime.CompilerServices;

namespace SupportOps.Summarizer.Abstractions.Internal;

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
            ? throw new ArgumentException($"{argumentName} must not be empty or white space.", argumentName)
            : value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < min || value > max
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be between {min} and {max}, but was {value}.")
            : value;

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => double.IsNaN(value) || value < min || value > max
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must be between {min} and {max}, but was {value}.")
            : value;

    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where TEnum : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} is not a defined {typeof(TEnum).Name} value: {value}.");
}
