using System.Runtime.CompilerServices;
using NodaTime;

namespace SupportOps.SlaEngine.Internal;

/// <summary>Argument checks whose messages name the offending argument and its value.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : class
        => value ?? throw new ArgumentNullException(argumentName);

    public static Duration NotNegative(Duration value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        => value < Duration.Zero
            ? throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName} must not be negative, but was {value}.")
            : value;
}
