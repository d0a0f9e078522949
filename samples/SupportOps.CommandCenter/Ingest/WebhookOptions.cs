namespace SupportOps.CommandCenter.Ingest;

/// <summary>The ingest webhooks' limits (section <c>CommandCenter:Webhooks</c>). Secrets come from <c>Adapters:Secrets</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Webhooks";

    /// <summary>Gets or sets the largest accepted body; larger deliveries get 413.</summary>
    /// <value>The default value is 1 MiB.</value>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets how far a delivery's signed timestamp may be from now (replay window).</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns the problems of these settings, each naming its key.</summary>
    internal IEnumerable<string> Problems()
    {
        if (MaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            yield return $"{Section}:{nameof(MaxBodyBytes)} must be 1 KiB..64 MiB (was {MaxBodyBytes}).";
        }

        if (TimestampTolerance <= TimeSpan.Zero || TimestampTolerance > TimeSpan.FromHours(1))
        {
            yield return $"{Section}:{nameof(TimestampTolerance)} must be positive and at most an hour (was {TimestampTolerance}).";
        }
    }
}
