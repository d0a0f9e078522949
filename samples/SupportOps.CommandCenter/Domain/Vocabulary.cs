using System.Collections.Frozen;
using System.Text.Json;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// Converts between the packages' vocabulary enums (each package defines its own, with the same names,
/// see docs/domain-vocabulary.md) and their snake_case wire names.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Maps a value to the enum of the same name in another package.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="value"/> is not a defined value.</exception>
    public static TTo Map<TFrom, TTo>(TFrom value)
        where TFrom : struct, Enum
        where TTo : struct, Enum
        => Table<TFrom, TTo>.Values[value];

    /// <summary>The snake_case wire name of a value (<c>PendingCustomer</c> is <c>pending_customer</c>).</summary>
    public static string Wire<T>(T value)
        where T : struct, Enum
        => Names<T>.ToWire[value];

    /// <summary>Parses a snake_case wire name; case-sensitive, as on the wire.</summary>
    public static bool TryParse<T>(string? wire, out T value)
        where T : struct, Enum
    {
        if (wire is not null && Names<T>.FromWire.TryGetValue(wire, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>All wire names of an enum, for error messages.</summary>
    public static string Known<T>()
        where T : struct, Enum
        => string.Join(", ", Names<T>.ToWire.Values.Order(StringComparer.Ordinal));

    private static class Table<TFrom, TTo>
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        public static readonly FrozenDictionary<TFrom, TTo> Values =
            Enum.GetValues<TFrom>().ToFrozenDictionary(v => v, v => Enum.Parse<TTo>(v.ToString()));
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToWire =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromWire =
            ToWire.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
