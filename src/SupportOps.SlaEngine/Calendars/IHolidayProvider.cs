using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// A source of holidays (whole local dates on which a business calendar is closed), such as a
/// public-holiday library or a company's own list.
/// </summary>
/// <remarks>
/// <para>
/// Fill a calendar from it with
/// <see cref="BusinessCalendarBuilder.AddHolidays(IHolidayProvider, int, int)"/>. The calendar
/// copies the dates when it is built, so the provider is never called by calendar operations.
/// </para>
/// </remarks>
public interface IHolidayProvider
{
    /// <summary>Returns the holidays that fall in <paramref name="year"/>.</summary>
    /// <param name="year">The ISO calendar year.</param>
    /// <returns>The holiday dates, in any order; duplicates are ignored.</returns>
    IEnumerable<LocalDate> GetHolidays(int year);
}
