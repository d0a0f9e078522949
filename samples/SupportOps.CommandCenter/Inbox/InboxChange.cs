using SupportOps.CommandCenter.Models;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>One live-update event: a ticket changed. Delivered at least once; reload the row by id when in doubt.</summary>
/// <param name="TicketId">The ticket that changed.</param>
/// <param name="Version">Its stream version after the change.</param>
/// <param name="Ticket">Its inbox row after the change (countdown as of sending), or null when it could not be read.</param>
public sealed record InboxChange(string TicketId, long Version, TicketSummary? Ticket);
