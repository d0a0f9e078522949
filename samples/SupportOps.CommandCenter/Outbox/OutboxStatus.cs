namespace SupportOps.CommandCenter.Outbox;

/// <summary>The states of an outbox message (the <c>Status</c> column's values).</summary>
public static class OutboxStatus
{
    /// <summary>Waiting for its <c>NotBefore</c> instant (business hours, retry backoff) or a dispatcher.</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by one instance, which is sending it.</summary>
    public const string Dispatching = "dispatching";

    /// <summary>Delivered.</summary>
    public const string Sent = "sent";

    /// <summary>Given up: a permanent failure or the last attempt failed. Never retried automatically.</summary>
    public const string Dead = "dead";

    /// <summary>Gets every state.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Dispatching, Sent, Dead];
}
