using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.SlaEngine.Tests.Support;

/// <summary>Calendars, policies and helpers shared by the timer and evaluation tests.</summary>
internal static class SlaFixtures
{
    /// <summary>Mon–Fri 09:00–17:00 in New York, closed on Christmas, half day on Christmas Eve.</summary>
    public const string NewYorkJson = """
        {"timeZone": "America/New_York",
         "week": {"monday": [["09:00","17:00"]], "tuesday": [["09:00","17:00"]], "wednesday": [["09:00","17:00"]],
                  "thursday": [["09:00","17:00"]], "friday": [["09:00","17:00"]]},
         "holidays": ["2026-12-25"],
         "overrides": {"2026-12-24": [["09:00","13:00"]]}}
        """;

    /// <summary>Mon–Fri 09:00–17:00 in London.</summary>
    public const string LondonJson = """
        {"timeZone": "Europe/London",
         "week": {"monday": [["09:00","17:00"]], "tuesday": [["09:00","17:00"]], "wednesday": [["09:00","17:00"]],
                  "thursday": [["09:00","17:00"]], "friday": [["09:00","17:00"]]}}
        """;

    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static BusinessCalendar NewYork { get; } = BusinessCalendar.FromJson(NewYorkJson);

    public static BusinessCalendar London { get; } = BusinessCalendar.FromJson(LondonJson);

    public static SlaCalendarSet Calendars { get; } = SlaCalendarSet.Create("new-york", NewYork).With("london", London);

    /// <summary>
    /// The default test policy on the New York calendar, warnings at 50 and 75 %: first response
    /// 1/2/4/8 h by priority, next response 4 h, periodic update 2 h, resolution 16 h.
    /// </summary>
    public static SlaPolicySet Standard(Action<SlaPolicyBuilder>? extra = null) =>
        new SlaPolicySetBuilder()
            .Default("standard", policy =>
            {
                policy.UseCalendar("new-york").WarnAt(50, 75)
                    .FirstResponse(timer => timer
                        .Target(Priority.P0, Duration.FromHours(1))
                        .Target(Priority.P1, Duration.FromHours(2))
                        .Target(Priority.P2, Duration.FromHours(4))
                        .Target(Priority.P3, Duration.FromHours(8)))
                    .NextResponse(timer => timer.Target(Duration.FromHours(4)))
                    .PeriodicUpdate(timer => timer.Target(Duration.FromHours(2)))
                    .Resolution(timer => timer.Target(Duration.FromHours(16)));
                extra?.Invoke(policy);
            })
            .Build();

    public static SlaEvaluator Evaluator(SlaPolicySet? policies = null) => new(policies ?? Standard(), Calendars);

    /// <summary>An instant given as New York local time, such as <c>2026-11-30 09:00</c> (a Monday).</summary>
    public static Instant Ny(string local) =>
        LocalPattern.Parse(local).Value.InZoneStrictly(NewYork.TimeZone).ToInstant();

    public static TicketCreated Created(string local, Priority priority = Priority.P2, CustomerTier tier = CustomerTier.Standard, Channel channel = Channel.Email, params string[] tags) =>
        new(Ny(local), priority, tier, channel, [.. tags]);

    public static CustomerMessageReceived Customer(string local) => new(Ny(local));

    public static AgentReplied Reply(string local) => new(Ny(local));

    public static InternalNoteAdded Note(string local) => new(Ny(local));

    public static StatusChanged Status(string local, TicketStatus status) => new(Ny(local), status);

    public static PriorityChanged PriorityTo(string local, Priority priority) => new(Ny(local), priority);

    public static TicketReopened Reopened(string local) => new(Ny(local));

    public static ImmutableArray<TicketOccurrence> Ticket(params TicketOccurrence[] occurrences) => [.. occurrences];
}
