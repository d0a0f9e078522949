namespace SupportOps.CommandCenter.Apis;

/// <summary>The inbox orders; each ends with the ticket id so keyset paging is total (docs/command-center/inbox.md).</summary>
internal enum InboxSort
{
    /// <summary>Triage (<c>triage</c>, the default): breached first, then soonest SLA due, then priority (P0 first), then ticket id.</summary>
    Triage,

    /// <summary>Highest risk first (<c>risk</c>).</summary>
    Risk,

    /// <summary>Soonest SLA due first, tickets without a running timer last (<c>due</c>).</summary>
    Due,

    /// <summary>Newest first (<c>created</c>).</summary>
    Created,

    /// <summary>Longest waiting first (<c>waiting</c>): oldest waiting-since, tickets nobody waits on last.</summary>
    Waiting,
}
