using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace SupportOps.CommandCenter.Reports;

/// <summary>
/// A report period: whole local days [<see cref="From"/>, <see cref="To"/>] in the support calendar's
/// zone, and the previous period of the same length it is compared with.
/// </summary>
/// <remarks>
/// <para>Accepted forms of the <c>period</c> parameter (see <see cref="TryParse"/>):
/// <c>last_7_days</c>, <c>last_30_days</c>, <c>last_90_days</c> (ending today, inclusive);
/// an ISO week <c>2026-W10</c>; a month <c>2026-03</c>; a day <c>2026-03-09</c>; a range
/// <c>2026-03-01..2026-03-09</c> (inclusive). At most <see cref="MaxDays"/> days, and it must not
/// start after today.</para>
/// </remarks>
/// <param name="Label">The canonical label (the parameter as given, lower-cased).</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive).</param>
internal sealed partial record ReportPeriod(string Label, LocalDate From, LocalDate To)
{
    /// <summary>The longest period, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>The period used when none is given.</summary>
    public const string Default = "last_7_days";

    /// <summary>Gets the number of days.</summary>
    public int Days => Period.DaysBetween(From, To) + 1;

    /// <summary>Gets the previous period: the same number of days, ending the day before <see cref="From"/>.</summary>
    public ReportPeriod Previous => new($"previous:{Label}", From.PlusDays(-Days), From.PlusDays(-1));

    /// <summary>Parses a period; null or empty means <see cref="Default"/>.</summary>
    /// <param name="text">The parameter.</param>
    /// <param name="today">Today's local date in the support calendar.</param>
    /// <param name="period">The period, when valid.</param>
    /// <param name="error">What is wrong, when not.</param>
    /// <returns>Whether the text is a valid period.</returns>
    public static bool TryParse(string? text, LocalDate today, out ReportPeriod? period, out string? error)
    {
        period = null;
        error = null;
        var label = string.IsNullOrWhiteSpace(text) ? Default : text.Trim().ToLowerInvariant();
        LocalDate from, to;
        Match match;
        if ((match = LastDays().Match(label)).Success)
        {
            var days = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            (from, to) = (today.PlusDays(1 - days), today);
        }
        else if ((match = IsoWeek().Match(label)).Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var week = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (year is < 1900 or > 9999 || week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(year))
            {
                error = $"'{text}' is not an ISO week (year 1900-9999, week 1-{(year is >= 1900 and <= 9999 ? WeekYearRules.Iso.GetWeeksInWeekYear(year) : 53)}).";
                return false;
            }

            from = WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday);
            to = from.PlusDays(6);
        }
        else if ((match = Month().Match(label)).Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (year is < 1900 or > 9999 || month is < 1 or > 12)
            {
                error = $"'{text}' is not a month (yyyy-MM).";
                return false;
            }

            from = new LocalDate(year, month, 1);
            to = from.PlusMonths(1).PlusDays(-1);
        }
        else if (label.Contains("..", StringComparison.Ordinal))
        {
            var parts = label.Split("..");
            if (parts.Length != 2 || !TryDate(parts[0], out from) || !TryDate(parts[1], out to))
            {
                error = $"'{text}' is not a range of two dates (yyyy-MM-dd..yyyy-MM-dd).";
                return false;
            }
        }
        else if (TryDate(label, out from))
        {
            to = from;
        }
        else
        {
            error = $"Unknown period '{text}'; use last_7_days, last_30_days, last_90_days, an ISO week (2026-W10), a month (2026-03), a day (2026-03-09) or a range (2026-03-01..2026-03-09).";
            return false;
        }

        if (to < from)
        {
            error = $"The period '{text}' ends before it starts.";
            return false;
        }

        if (Period.DaysBetween(from, to) + 1 > MaxDays)
        {
            error = $"The period '{text}' is longer than {MaxDays} days.";
            return false;
        }

        if (from > today)
        {
            error = $"The period '{text}' starts after today ({LocalDatePattern.Iso.Format(today)}).";
            return false;
        }

        period = new ReportPeriod(label, from, to);
        return true;
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success && date.Year is >= 1900 and <= 9999;
    }

    [GeneratedRegex(@"^last_(7|30|90)_days$", RegexOptions.CultureInvariant)]
    private static partial Regex LastDays();

    [GeneratedRegex(@"^(\d{4})-w(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();
}
