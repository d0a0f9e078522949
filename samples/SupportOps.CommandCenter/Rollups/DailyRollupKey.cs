namespace SupportOps.CommandCenter.Rollups;

/// <summary>The key of a <see cref="DailyRollupRecord"/>: local day × queue × channel × priority × agent.</summary>
/// <param name="Day">The local day number.</param>
/// <param name="Queue">The queue, or empty.</param>
/// <param name="Channel">The channel wire name, or empty.</param>
/// <param name="Priority">The priority wire name.</param>
/// <param name="Agent">The assignee id, or empty.</param>
internal readonly record struct DailyRollupKey(int Day, string Queue, string Channel, string Priority, string Agent);
