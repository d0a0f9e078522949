using NodaTime;

namespace SupportOps.RiskEvaluation.History;

/// <summary>One event of a ticket's history, as in the helpdesk log (activity names are the log's).</summary>
/// <param name="At">When it happened (naive wall clock, see <see cref="Calendars.WeeklyBusinessCalendar"/>).</param>
/// <param name="Activity">The activity, e.g. "Take in charge ticket".</param>
/// <param name="Resource">The agent or resource, e.g. "Value 2".</param>
public sealed record TicketEvent(Instant At, string Activity, string Resource)
{
    /// <summary>The activity that opens a ticket in most of the log.</summary>
    public const string AssignSeriousness = "Assign seriousness";

    /// <summary>An agent takes the ticket: the first one is the first response.</summary>
    public const string TakeInCharge = "Take in charge ticket";

    /// <summary>The ticket waits (for the customer): a pausing status.</summary>
    public const string Wait = "Wait";

    /// <summary>The ticket is resolved: the first one ends the resolution timer.</summary>
    public const string Resolve = "Resolve ticket";

    /// <summary>The ticket is closed.</summary>
    public const string Closed = "Closed";
}
