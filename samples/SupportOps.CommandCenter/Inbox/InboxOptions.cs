namespace SupportOps.CommandCenter.Inbox;

/// <summary>Options of the inbox's live updates (section <c>CommandCenter:Inbox</c>).</summary>
public sealed class InboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Inbox";

    /// <summary>Gets or sets how often the events table is polled for appends by other host instances.</summary>
    /// <value>The default value is 1 second; it must be between 50 ms and 1 minute.</value>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how many events one poll reads at most.</summary>
    /// <value>The default value is 1,000; it must be between 1 and 100,000.</value>
    public int PollBatchSize { get; set; } = 1_000;

    /// <summary>Gets or sets how many changes may wait for a slow live-update subscriber before the oldest are dropped.</summary>
    /// <value>The default value is 1,000; it must be between 1 and 100,000.</value>
    public int SubscriberCapacity { get; set; } = 1_000;

    /// <summary>Gets or sets how long a live-update stream may stay silent before a <c>heartbeat</c> event is sent (keeps proxies from closing idle connections).</summary>
    /// <value>The default value is 15 seconds; it must be between 50 ms and 5 minutes.</value>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Checks the values.</summary>
    /// <returns>True when every value is in range.</returns>
    internal bool IsValid()
        => PollInterval >= TimeSpan.FromMilliseconds(50) && PollInterval <= TimeSpan.FromMinutes(1)
            && PollBatchSize is >= 1 and <= 100_000
            && SubscriberCapacity is >= 1 and <= 100_000
            && HeartbeatInterval >= TimeSpan.FromMilliseconds(50) && HeartbeatInterval <= TimeSpan.FromMinutes(5);
}
