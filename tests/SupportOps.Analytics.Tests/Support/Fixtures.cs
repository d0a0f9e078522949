using System.Collections.Immutable;
using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;
using SupportOps.Testing;

namespace SupportOps.Analytics.Tests.Support;

/// <summary>The calendar, periods and SLA evaluator shared by the analytics tests (all in UTC).</summary>
internal static class Fixtures
{
    /// <summary>Monday to Friday, 09:00–17:00 UTC.</summary>
    public static BusinessCalendar Calendar { get; } = new BusinessCalendarBuilder(DateTimeZone.Utc)
        .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    /// <summary>Monday 2026-11-30 00:00 to Monday 2026-12-07 00:00 UTC; the previous week starts 2026-11-23.</summary>
    public static AnalyticsPeriod Week { get; } = AnalyticsPeriod.Week(TicketStream.At("2026-11-30 00:00"), Calendar);

    public static Instant WeekEnd => Week.End;

    /// <summary>First response 2 business hours, resolution 16 business hours.</summary>
    public static SlaEvaluator Evaluator { get; } = new(
        new SlaPolicySetBuilder()
            .Default("standard", policy => policy
                .FirstResponse(timer => timer.Target(Duration.FromHours(2)))
                .Resolution(timer => timer.Target(Duration.FromHours(16))))
            .Build(),
        SlaCalendarSet.Create("utc", Calendar));

    public static TicketHistory History(this TicketStream stream, bool withSla = false, Instant? now = null)
    {
        var history = new TicketHistory(stream.Events);
        return withSla ? history.WithSla(Evaluator, now ?? WeekEnd) : history;
    }

    public static ImmutableArray<TicketHistory> Histories(params TicketStream[] streams) => [.. streams.Select(s => s.History())];
}
