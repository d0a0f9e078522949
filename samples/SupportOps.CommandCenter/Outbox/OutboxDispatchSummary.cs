namespace SupportOps.CommandCenter.Outbox;

/// <summary>The outcome of one outbox dispatcher pass.</summary>
/// <param name="Claimed">Messages this pass claimed.</param>
/// <param name="Sent">Messages delivered.</param>
/// <param name="Retried">Messages that failed transiently and wait for their next attempt.</param>
/// <param name="Dead">Messages given up.</param>
public sealed record OutboxDispatchSummary(int Claimed, int Sent, int Retried, int Dead);
