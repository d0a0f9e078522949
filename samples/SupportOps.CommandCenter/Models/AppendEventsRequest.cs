namespace SupportOps.CommandCenter.Models;

/// <summary>A batch of events to append to one ticket.</summary>
/// <param name="ExpectedVersion">The stream version the caller read (0 for a new ticket), or null to append at any version.</param>
/// <param name="Events">The events, at least one.</param>
public sealed record AppendEventsRequest(long? ExpectedVersion, IReadOnlyList<NewEventModel>? Events);
