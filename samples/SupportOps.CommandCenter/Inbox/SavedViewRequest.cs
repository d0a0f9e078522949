namespace SupportOps.CommandCenter.Inbox;

/// <summary>The body that creates or replaces a saved view.</summary>
/// <param name="Name">The name, 1 to 100 characters, unique among the user's views.</param>
/// <param name="Filter">The filter; omitted means every ticket.</param>
/// <param name="Sort">The sort wire name; omitted means <c>triage</c>.</param>
public sealed record SavedViewRequest(string? Name, InboxFilterModel? Filter, string? Sort);
