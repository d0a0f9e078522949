namespace SupportOps.CommandCenter.Inbox;

/// <summary>The ticket count of one saved view.</summary>
/// <param name="Id">The view id.</param>
/// <param name="Name">The view name.</param>
/// <param name="Count">The number of tickets the view shows, or null when the counters cannot answer its filter.</param>
/// <param name="Exact">Whether <paramref name="Count"/> is exact (false when the filter has search text).</param>
/// <param name="Reason">Why there is no count, when <paramref name="Exact"/> is false.</param>
public sealed record ViewCount(long Id, string Name, long? Count, bool Exact, string? Reason);
