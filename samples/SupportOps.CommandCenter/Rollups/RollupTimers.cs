namespace SupportOps.CommandCenter.Rollups;

/// <summary>The SLA timer wire names, as in <see cref="RollupFact.Timer"/>.</summary>
internal static class RollupTimers
{
    /// <summary>First response.</summary>
    public const string FirstResponse = "first_response";

    /// <summary>Next response.</summary>
    public const string NextResponse = "next_response";

    /// <summary>Periodic update.</summary>
    public const string PeriodicUpdate = "periodic_update";

    /// <summary>Resolution.</summary>
    public const string Resolution = "resolution";

    /// <summary>Gets every timer, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [FirstResponse, NextResponse, PeriodicUpdate, Resolution];
}
