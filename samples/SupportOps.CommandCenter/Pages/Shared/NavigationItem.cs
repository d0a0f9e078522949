namespace SupportOps.CommandCenter.Pages.Shared;

/// <summary>One link of the role-aware navigation.</summary>
/// <param name="Title">The link text.</param>
/// <param name="Path">The page's path.</param>
/// <param name="Policy">The authorization policy a user must meet to see the link (the page's own policy).</param>
public sealed record NavigationItem(string Title, string Path, string Policy);
