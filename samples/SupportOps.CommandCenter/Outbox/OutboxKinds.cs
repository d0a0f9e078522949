namespace SupportOps.CommandCenter.Outbox;

/// <summary>What caused an outbox message (the <c>Kind</c> column's values).</summary>
public static class OutboxKinds
{
    /// <summary>An SLA timer is close to its due instant.</summary>
    public const string SlaWarning = "sla_warning";

    /// <summary>An SLA timer breached.</summary>
    public const string SlaBreach = "sla_breach";

    /// <summary>The weekly executive health report.</summary>
    public const string ExecutiveReport = "executive_report";
}
