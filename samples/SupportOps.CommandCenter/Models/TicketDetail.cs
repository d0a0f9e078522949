using System.Text.Json;

namespace SupportOps.CommandCenter.Models;

/// <summary>A ticket: its snapshot, its SLA timers evaluated now, and its timeline.</summary>
/// <param name="Ticket">The cached snapshot.</param>
/// <param name="Timers">The SLA timers' current cycles.</param>
/// <param name="Events">The timeline, in version order, each event in the TimelineJson envelope format.</param>
public sealed record TicketDetail(TicketSummary Ticket, IReadOnlyList<SlaTimerView> Timers, IReadOnlyList<JsonElement> Events);
