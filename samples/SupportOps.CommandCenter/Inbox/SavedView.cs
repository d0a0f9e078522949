namespace SupportOps.CommandCenter.Inbox;

/// <summary>A saved view as returned by the API.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Filter">The normalized filter.</param>
/// <param name="Sort">The sort wire name.</param>
/// <param name="CreatedAt">When it was created (ISO-8601 UTC).</param>
/// <param name="UpdatedAt">When it was last changed (ISO-8601 UTC).</param>
public sealed record SavedView(long Id, string Name, InboxFilter Filter, string Sort, string CreatedAt, string UpdatedAt);
