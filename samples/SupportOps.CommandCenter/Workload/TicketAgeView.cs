namespace SupportOps.CommandCenter.Workload;

/// <summary>The calendar age (now − creation) of an assignee's open tickets.</summary>
/// <param name="Count">How many open tickets.</param>
/// <param name="OldestHours">The oldest, in hours, or null without tickets.</param>
/// <param name="MedianHours">The nearest-rank median, in hours, or null without tickets.</param>
/// <param name="OldestTicketId">The oldest ticket, or null.</param>
public sealed record TicketAgeView(int Count, double? OldestHours, double? MedianHours, string? OldestTicketId);
