namespace SupportOps.CommandCenter.Inbox;

/// <summary>The inbox counts, read from the counters kept on append (never by counting tickets).</summary>
/// <param name="Queues">Per queue (the empty string is "no queue"), in queue order.</param>
/// <param name="Views">Per saved view of the signed-in user, in name order.</param>
public sealed record InboxCounts(IReadOnlyList<QueueCount> Queues, IReadOnlyList<ViewCount> Views);
