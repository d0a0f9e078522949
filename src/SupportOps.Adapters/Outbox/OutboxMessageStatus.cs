namespace SupportOps.Adapters.Outbox;

/// <summary>Where a message is in its delivery.</summary>
public enum OutboxMessageStatus
{
    /// <summary>Waiting to be sent.</summary>
    Pending = 0,

    /// <summary>Claimed by a dispatcher that is sending it now.</summary>
    Dispatching,

    /// <summary>Delivered; it is never sent again.</summary>
    Sent,

    /// <summary>Every attempt failed; it is not retried automatically.</summary>
    Failed,
}
