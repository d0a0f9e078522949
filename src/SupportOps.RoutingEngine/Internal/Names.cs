using System.Collections.Immutable;

namespace SupportOps.RoutingEngine.Internal;

/// <summary>Normalization of identifiers and tags: trimmed, lower-case invariant, distinct, ordinal order.</summary>
internal static class Names
{
    public static string Normalize(string value, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(value, argumentName);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException($"{argumentName} must not contain empty or white-space entries, but contained '{value}'.", argumentName);
        }

        return trimmed.ToLowerInvariant();
    }

    public static ImmutableArray<string> NormalizeSet(IEnumerable<string>? values, string argumentName)
    {
        if (values is null)
        {
            return [];
        }

        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            set.Add(Normalize(value, argumentName));
        }

        return [.. set];
    }

    public static ImmutableArray<T> DistinctSorted<T>(IEnumerable<T>? values)
        where T : struct, Enum
    {
        if (values is null)
        {
            return [];
        }

        var set = new SortedSet<T>();
        foreach (var value in values)
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(values), value, $"{value} is not a defined {typeof(T).Name}.");
            }

            set.Add(value);
        }

        return [.. set];
    }

    public static bool ContainsSorted(ImmutableArray<string> sorted, string value)
    {
        var lo = 0;
        var hi = sorted.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(sorted[mid], value);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }
}
