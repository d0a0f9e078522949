using System.Collections.Immutable;

namespace SupportOps.EventTimeline.Internal;

/// <summary>Value equality for the immutable arrays carried by events (records compare arrays by reference).</summary>
internal static class Sequences
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        return left.AsSpan().SequenceEqual(right.AsSpan());
    }

    public static int Hash<T>(ImmutableArray<T> values)
    {
        var hash = new HashCode();
        if (!values.IsDefault)
        {
            foreach (var value in values)
            {
                hash.Add(value);
            }
        }

        return hash.ToHashCode();
    }

    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;
}
