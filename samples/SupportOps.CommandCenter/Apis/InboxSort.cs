namespace SupportOps.CommandCenter.Apis;

/// <summary>The inbox orders; each ends with the ticket id so keyset paging is total.</summary>
internal enum InboxSort
{
    /// <summary>Highest risk first (<c>risk</c>).</summary>
    Risk,

    /// <summary>Soonest SLA due first, tickets without a running timer last (<c>due</c>).</summary>
    Due,

    /// <summary>Newest first (<c>created</c>).</summary>
    Created,
}
