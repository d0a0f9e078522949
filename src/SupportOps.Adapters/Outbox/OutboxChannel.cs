namespace SupportOps.Adapters.Outbox;

/// <summary>Where an outbox message is delivered.</summary>
public enum OutboxChannel
{
    /// <summary>A Slack message; the recipient is a channel id (optionally <c>{channel}/{thread_ts}</c>).</summary>
    Slack = 0,

    /// <summary>An e-mail; the recipient is an address.</summary>
    Email,
}
