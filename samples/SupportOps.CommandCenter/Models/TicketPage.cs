namespace SupportOps.CommandCenter.Models;

/// <summary>One page of the inbox.</summary>
/// <param name="Items">The tickets, in the requested order.</param>
/// <param name="NextCursor">The opaque cursor of the next page, or null on the last page.</param>
public sealed record TicketPage(IReadOnlyList<TicketSummary> Items, string? NextCursor);
