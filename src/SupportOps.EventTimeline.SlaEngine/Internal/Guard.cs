using System.Runtime.CompilerServices;

namespace SupportOps.EventTimeline.SlaEngine.Internal;

/// <summary>Argument checks whose messages name the offending argument.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string argumentName = "")
        where T : class
        => value ?? throw new ArgumentNullException(argumentName);
}
