using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Rollups;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Reports;

/// <summary>Validates the query parameters the reporting endpoints share, collecting errors per field.</summary>
internal static class ReportRequestValidation
{
    /// <summary>Parses the <c>period</c> parameter against today's date in the support calendar.</summary>
    public static ReportPeriod? Period(string? text, ReportingCalendar calendar, IClock clock, Dictionary<string, string[]> errors, string fallback = ReportPeriod.Default)
    {
        var today = calendar.DateOf(clock.GetCurrentInstant());
        if (ReportPeriod.TryParse(string.IsNullOrWhiteSpace(text) ? fallback : text, today, out var period, out var error))
        {
            return period;
        }

        errors["period"] = [error!];
        return null;
    }

    /// <summary>Validates the dimension filters (channel and priority must be known wire names; empty means "none").</summary>
    public static RollupFilter Filter(string? queue, string? channel, string? priority, string? agent, Dictionary<string, string[]> errors)
    {
        if (channel is { Length: > 0 } && !Vocabulary.TryParse<Channel>(channel, out _))
        {
            errors["channel"] = [$"Unknown channel '{channel}'; known values: {Vocabulary.Known<Channel>()}."];
        }

        if (priority is not null && !Vocabulary.TryParse<Priority>(priority, out _))
        {
            errors["priority"] = [$"Unknown priority '{priority}'; known values: {Vocabulary.Known<Priority>()}."];
        }

        return new RollupFilter(queue, channel, priority, agent);
    }
}
