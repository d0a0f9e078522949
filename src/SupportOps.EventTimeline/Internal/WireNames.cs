using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Internal;

/// <summary>The snake_case wire text of the package's enums, as declared by <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Cache<TEnum>.Names.TryGetValue(value, out var name) ? name : value.ToString();

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names = typeof(TEnum)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToFrozenDictionary(
                field => (TEnum)field.GetValue(null)!,
                field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name);
    }
}
