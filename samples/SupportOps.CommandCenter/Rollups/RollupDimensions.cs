namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// The dimensions a fact is counted under: the ticket's queue, channel, priority and assignee at the
/// fact's instant. Empty strings stand for "none" (no queue, unknown channel, unassigned).
/// </summary>
/// <param name="Queue">The queue, or empty.</param>
/// <param name="Channel">The channel wire name, or empty.</param>
/// <param name="Priority">The priority wire name.</param>
/// <param name="Agent">The assignee id, or empty.</param>
internal readonly record struct RollupDimensions(string Queue, string Channel, string Priority, string Agent);
