namespace SupportOps.Adapters.Outbox;

/// <summary>How <see cref="OutboxDispatcher"/> delivers messages. Bound from <c>Adapters:Outbox</c>.</summary>
/// <remarks>
/// <para>
/// Attempt <c>n</c> (counting from 1) that fails transiently is followed by a delay of
/// <c>BaseDelay * 2^(n-1)</c>, capped at <see cref="MaxDelay"/> and, when <see cref="UseJitter"/>
/// is set, spread randomly around that value to avoid synchronized retries.
/// </para>
/// </remarks>
public sealed class OutboxDispatcherOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Adapters:Outbox";

    /// <summary>Gets or sets how many times a message is tried in total before it is marked failed.</summary>
    /// <value>The default value is 5. Must be between 1 and 100.</value>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Gets or sets the delay after the first failed attempt.</summary>
    /// <value>The default value is 2 seconds. Must be positive.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the longest delay between attempts.</summary>
    /// <value>The default value is 5 minutes. Must be at least <see cref="BaseDelay"/>.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets whether delays are randomized.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>Gets or sets how many pending messages one dispatch pass takes.</summary>
    /// <value>The default value is 100. Must be positive.</value>
    public int BatchSize { get; set; } = 100;
}
