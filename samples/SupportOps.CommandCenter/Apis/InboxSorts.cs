using System.Collections.Frozen;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The wire names of <see cref="InboxSort"/>.</summary>
internal static class InboxSorts
{
    /// <summary>The sort used when none is given.</summary>
    public const InboxSort Default = InboxSort.Triage;

    private static readonly FrozenDictionary<string, InboxSort> ByName = new Dictionary<string, InboxSort>(StringComparer.Ordinal)
    {
        ["triage"] = InboxSort.Triage,
        ["risk"] = InboxSort.Risk,
        ["due"] = InboxSort.Due,
        ["created"] = InboxSort.Created,
        ["waiting"] = InboxSort.Waiting,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the known wire names, for error messages.</summary>
    public static string Known => string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));

    /// <summary>Parses a wire name; null means <see cref="Default"/>.</summary>
    public static bool TryParse(string? name, out InboxSort sort)
    {
        if (name is null)
        {
            sort = Default;
            return true;
        }

        return ByName.TryGetValue(name, out sort);
    }

    /// <summary>The wire name of a sort.</summary>
    public static string Wire(InboxSort sort) => ByName.First(p => p.Value == sort).Key;
}
