namespace SupportOps.CommandCenter.Rollups;

/// <summary>Optional dimension filters on rollup rows and facts (null = any; empty string = "none").</summary>
/// <param name="Queue">The queue.</param>
/// <param name="Channel">The channel wire name.</param>
/// <param name="Priority">The priority wire name.</param>
/// <param name="Agent">The assignee id.</param>
internal sealed record RollupFilter(string? Queue = null, string? Channel = null, string? Priority = null, string? Agent = null)
{
    /// <summary>Gets the filter that admits everything.</summary>
    public static RollupFilter None { get; } = new();

    /// <summary>Restricts rollup rows.</summary>
    public IQueryable<DailyRollupRecord> Apply(IQueryable<DailyRollupRecord> rows)
    {
        if (Queue is not null)
        {
            rows = rows.Where(r => r.Queue == Queue);
        }

        if (Channel is not null)
        {
            rows = rows.Where(r => r.Channel == Channel);
        }

        if (Priority is not null)
        {
            rows = rows.Where(r => r.Priority == Priority);
        }

        if (Agent is not null)
        {
            rows = rows.Where(r => r.Agent == Agent);
        }

        return rows;
    }

    /// <summary>Restricts facts.</summary>
    public IQueryable<RollupFactRecord> Apply(IQueryable<RollupFactRecord> facts)
    {
        if (Queue is not null)
        {
            facts = facts.Where(r => r.Queue == Queue);
        }

        if (Channel is not null)
        {
            facts = facts.Where(r => r.Channel == Channel);
        }

        if (Priority is not null)
        {
            facts = facts.Where(r => r.Priority == Priority);
        }

        if (Agent is not null)
        {
            facts = facts.Where(r => r.Agent == Agent);
        }

        return facts;
    }

    /// <summary>Gets the filter as query parameters (<c>&amp;queue=…</c>), escaped, for drilldown links.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add(parts, "queue", Queue);
        Add(parts, "channel", Channel);
        Add(parts, "priority", Priority);
        Add(parts, "agent", Agent);
        return string.Concat(parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"&{name}={Uri.EscapeDataString(value)}");
        }
    }
}
