namespace SupportOps.Adapters.Outbox;

/// <summary>What one dispatch pass did.</summary>
/// <param name="Sent">Messages delivered.</param>
/// <param name="Failed">Messages that exhausted their attempts or failed permanently and were marked failed.</param>
/// <param name="Skipped">Pending messages another dispatcher claimed first.</param>
public readonly record struct OutboxDispatchResult(int Sent, int Failed, int Skipped);
