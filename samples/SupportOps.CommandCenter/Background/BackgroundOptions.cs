using NodaTime;

namespace SupportOps.CommandCenter.Background;

/// <summary>The background services' switches and intervals (section <c>CommandCenter:Background</c>).</summary>
/// <remarks>Every interval is validated positive at start-up; the lease must outlive a few renewal periods.</remarks>
public sealed class BackgroundOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Background";

    /// <summary>Gets or sets a value indicating whether the hosted services run (the jobs can still be run on demand).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets this instance's id for leases and claims; empty derives <c>{machine}:{pid}:{n}</c>.</summary>
    /// <value>The default value is empty.</value>
    public string? InstanceId { get; set; }

    /// <summary>Gets or sets how long a job's lease lasts without renewal; renewed every third of it while the job runs.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets the period of the full SLA and risk refresh of open tickets.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan SlaRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how long after an append the SLA notification scan runs (appends in between share one scan).</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan AppendNudgeDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the period of the ingest runner's poll of the adapters.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan IngestInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the period of the outbox dispatcher.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the period of the reconciliation job.</summary>
    /// <value>The default value is 1 hour.</value>
    public TimeSpan ReconciliationInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how often the weekly executive report's schedule is checked.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan ExecutiveReportCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets <see cref="LeaseDuration"/> as a NodaTime duration.</summary>
    internal Duration Lease => Duration.FromTimeSpan(LeaseDuration);

    /// <summary>Returns the names of the settings that are not positive, or that make the lease too short.</summary>
    internal IEnumerable<string> Problems()
    {
        var intervals = new (string Name, TimeSpan Value)[]
        {
            (nameof(LeaseDuration), LeaseDuration), (nameof(SlaRefreshInterval), SlaRefreshInterval),
            (nameof(AppendNudgeDelay), AppendNudgeDelay), (nameof(IngestInterval), IngestInterval),
            (nameof(OutboxInterval), OutboxInterval), (nameof(ReconciliationInterval), ReconciliationInterval),
            (nameof(ExecutiveReportCheckInterval), ExecutiveReportCheckInterval),
        };
        foreach (var (name, value) in intervals)
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"{Section}:{name} must be positive (was {value}).";
            }
        }

        if (LeaseDuration > TimeSpan.Zero && LeaseDuration < TimeSpan.FromSeconds(3))
        {
            yield return $"{Section}:{nameof(LeaseDuration)} must be at least 3 seconds (was {LeaseDuration}).";
        }
    }
}
