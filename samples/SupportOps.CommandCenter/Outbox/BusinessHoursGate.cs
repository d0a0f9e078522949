using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>Decides when a notification may go out: urgent ones at once, the others in the team's business hours.</summary>
/// <remarks>Thread-safe: the calendar is immutable.</remarks>
/// <param name="calendar">The team's business-hours calendar.</param>
public sealed class BusinessHoursGate(IBusinessCalendar calendar)
{
    /// <summary>Gets the calendar.</summary>
    public IBusinessCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>Returns the earliest instant a notification raised at <paramref name="now"/> may be sent.</summary>
    /// <param name="now">When it was raised.</param>
    /// <param name="urgent">Whether it is urgent (sent at once, even at night).</param>
    /// <returns><paramref name="now"/> when urgent or within business hours, else the next opening (or <paramref name="now"/> if the calendar never opens again).</returns>
    public Instant SendAt(Instant now, bool urgent)
        => urgent || Calendar.IsOpen(now) ? now : Calendar.NextOpening(now) ?? now;
}
