using SupportOps.CommandCenter.Apis;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>The outbox: how many messages are in each state, and a page of messages.</summary>
/// <param name="Counts">Messages per state (<c>pending</c>, <c>dispatching</c>, <c>sent</c>, <c>dead</c>).</param>
/// <param name="Page">The requested page, newest first.</param>
public sealed record OutboxOverview(IReadOnlyDictionary<string, int> Counts, OperationsPage<OutboxMessageView> Page);
