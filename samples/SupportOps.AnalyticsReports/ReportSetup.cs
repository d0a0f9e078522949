using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.AnalyticsReports;

/// <summary>The business calendar and the illustrative SLA policy each log is reported with.</summary>
internal static class ReportSetup
{
    public static BusinessCalendar Calendar(LogKind log) => log switch
    {
        // The Helpdesk log's wall clock is read in Europe/Rome; an Italian office day.
        LogKind.Helpdesk => new BusinessCalendarBuilder("Europe/Rome").AddWeekdayHours(new LocalTime(9, 0), new LocalTime(18, 0)).Build(),

        // Volvo IT Belgium (offsets +01:00/+02:00, CET/CEST); a service desk day.
        _ => new BusinessCalendarBuilder("Europe/Brussels").AddWeekdayHours(new LocalTime(8, 0), new LocalTime(18, 0)).Build(),
    };

    /// <summary>
    /// Neither log carries SLA targets; these illustrative targets (business time) make attainment
    /// measurable: first response 1/4/8/16 h and resolution 8/24/40/80 h for P0/P1/P2/P3.
    /// </summary>
    public static SlaEvaluator Evaluator(BusinessCalendar calendar) => new(
        new SlaPolicySetBuilder()
            .Default("illustrative", policy => policy
                .FirstResponse(timer => timer
                    .Target(Priority.P0, Duration.FromHours(1))
                    .Target(Priority.P1, Duration.FromHours(4))
                    .Target(Priority.P2, Duration.FromHours(8))
                    .Target(Priority.P3, Duration.FromHours(16)))
                .Resolution(timer => timer
                    .Target(Priority.P0, Duration.FromHours(8))
                    .Target(Priority.P1, Duration.FromHours(24))
                    .Target(Priority.P2, Duration.FromHours(40))
                    .Target(Priority.P3, Duration.FromHours(80))))
            .Build(),
        SlaCalendarSet.Create("office", calendar));
}
