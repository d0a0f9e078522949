namespace SupportOps.CommandCenter.Outbox;

/// <summary>The outbox dispatcher's batch size, retry policy and claim timeout (section <c>CommandCenter:Outbox</c>).</summary>
/// <remarks>
/// <para>A failed attempt waits <c>BaseDelay * 2^(attempts-1)</c>, capped at <see cref="MaxDelay"/>, before
/// the next one; there is no jitter, so a test can predict the schedule. After <see cref="MaxAttempts"/>
/// attempts (or one permanent failure) the message is dead.</para>
/// </remarks>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Outbox";

    /// <summary>Gets or sets how many messages one dispatcher pass claims.</summary>
    /// <value>The default value is 50.</value>
    public int BatchSize { get; set; } = 50;

    /// <summary>Gets or sets the number of attempts before a message is dead.</summary>
    /// <value>The default value is 5.</value>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Gets or sets the wait after the first failed attempt.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest wait between attempts.</summary>
    /// <value>The default value is 30 minutes.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets how long a claim protects a message from other instances (a crashed sender's claim expires).</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns the problems of these settings, each naming its key.</summary>
    internal IEnumerable<string> Problems()
    {
        if (BatchSize is < 1 or > 1000)
        {
            yield return $"{Section}:{nameof(BatchSize)} must be 1..1000 (was {BatchSize}).";
        }

        if (MaxAttempts is < 1 or > 100)
        {
            yield return $"{Section}:{nameof(MaxAttempts)} must be 1..100 (was {MaxAttempts}).";
        }

        if (BaseDelay <= TimeSpan.Zero || MaxDelay < BaseDelay)
        {
            yield return $"{Section}:{nameof(BaseDelay)} must be positive and at most {nameof(MaxDelay)} (were {BaseDelay} and {MaxDelay}).";
        }

        if (ClaimTimeout <= TimeSpan.Zero)
        {
            yield return $"{Section}:{nameof(ClaimTimeout)} must be positive (was {ClaimTimeout}).";
        }
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    internal TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var ticks = BaseDelay.Ticks * factor;
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
