namespace SupportOps.Analytics.Metrics;

/// <summary>The dimension a breakdown row groups tickets by.</summary>
public enum AnalyticsDimension
{
    /// <summary>All tickets together; the row key is <c>all</c>.</summary>
    Overall,

    /// <summary>The ticket's queue: at the period's end for backlog rows, at the SLA evaluation instant for SLA rows (<c>(none)</c> when it has none).</summary>
    Queue,

    /// <summary>The ticket's priority at the period's end (for SLA rows: the cycle's priority).</summary>
    Priority,

    /// <summary>The channel the ticket came in through.</summary>
    Channel,
}
