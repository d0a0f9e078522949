namespace SupportOps.CommandCenter.SlaState;

/// <summary>A ticket's SLA state evaluated now.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="EvaluatedAt">The evaluation instant (ISO-8601).</param>
/// <param name="PolicyId">The SLA policy that applies, or null before <c>ticket_created</c>.</param>
/// <param name="EverBreached">Whether any timer ever breached.</param>
/// <param name="SoonestDue">The kind of the running timer due soonest, or null.</param>
/// <param name="Timers">Each timer's current cycle.</param>
public sealed record TicketSlaView(string TicketId, string EvaluatedAt, string? PolicyId, bool EverBreached, string? SoonestDue, IReadOnlyList<SlaTimerDetail> Timers);
