using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SupportOps.Summarizer.Abstractions.Wire;

/// <summary>The snake_case wire names of the summarizer enums (<c>NextAction.PageOncall</c> is <c>page_oncall</c>).</summary>
/// <remarks>Used by the canonical form, JSON output and prompts, so every component spells values alike. Thread-safe.</remarks>
public static class WireNames
{
    /// <summary>The wire name of an enum value.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined value.</param>
    /// <returns>The snake_case name, e.g. <c>payment_failure</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Cache<TEnum>.Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} value.");

    /// <summary>Parses a wire name, exactly as <see cref="Of{TEnum}(TEnum)"/> writes it.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="wireName">The snake_case name; may be null.</param>
    /// <param name="value">The value when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse<TEnum>([NotNullWhen(true)] string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        if (wireName is not null && Cache<TEnum>.Values.TryGetValue(wireName, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>All wire names of an enum, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The names, e.g. <c>billing, troubleshooting, ...</c>.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum
        => Cache<TEnum>.Ordered;

    internal static string ToSnakeCase(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered =
            Enum.GetValues<TEnum>().Select(value => ToSnakeCase(value.ToString())).ToArray();

        public static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => ToSnakeCase(value.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values =
            Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
