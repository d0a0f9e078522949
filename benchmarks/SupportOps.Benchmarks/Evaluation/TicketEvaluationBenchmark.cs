using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Tests.Reference;

namespace SupportOps.Benchmarks.Evaluation;

/// <summary>
/// Full evaluation of one ticket with 20 occurrences and three timers (first response, next
/// response, resolution) on a Mon–Fri 09–17 New York calendar with a holiday, against the same
/// evaluation on the minute-stepping reference calendar. Target: at most 2 µs.
/// Every method calls the span overload (<c>ImmutableArray.AsSpan()</c>), the one meant for callers that
/// hold their occurrences in an array: the <c>IReadOnlyList</c> overload would box the
/// <see cref="ImmutableArray{T}"/> on every call and the benchmark would measure that allocation.
/// </summary>
public class TicketEvaluationBenchmark
{
    private const string NewYorkJson = """
        {"timeZone": "America/New_York",
         "week": {"monday": [["09:00","17:00"]], "tuesday": [["09:00","17:00"]], "wednesday": [["09:00","17:00"]],
                  "thursday": [["09:00","17:00"]], "friday": [["09:00","17:00"]]},
         "holidays": ["2026-12-25"], "overrides": {"2026-12-24": [["09:00","13:00"]]}}
        """;

    private SlaEvaluator _fast = null!;
    private SlaEvaluator _reference = null!;
    private SlaEvaluator _calendarHours = null!;
    private ImmutableArray<TicketOccurrence> _ticket;
    private Instant _now;

    [GlobalSetup]
    public void Setup()
    {
        var calendar = BusinessCalendar.FromJson(NewYorkJson);
        var policies = new SlaPolicySetBuilder()
            .Default("standard", policy => policy
                .UseCalendar("new-york")
                .WarnAt(50, 75)
                .FirstResponse(timer => timer.Target(Priority.P1, Duration.FromHours(2)).Target(Priority.P2, Duration.FromHours(4)))
                .NextResponse(timer => timer.Target(Duration.FromHours(4)))
                .Resolution(timer => timer.Target(Duration.FromHours(24))))
            .Build();
        _fast = new SlaEvaluator(policies, SlaCalendarSet.Create("new-york", calendar));
        _calendarHours = new SlaEvaluator(policies, SlaCalendarSet.Create("new-york", CalendarHours.Instance));
        _reference = new SlaEvaluator(policies, SlaCalendarSet.Create("new-york", new MinuteSteppingCalendar(calendar)));

        // Monday 2026-12-21 to Monday 2026-12-28, across the half day on the 24th and Christmas.
        var zone = calendar.TimeZone;
        Instant At(int day, int hour, int minute = 0) => new LocalDateTime(2026, 12, day, hour, minute).InZoneStrictly(zone).ToInstant();
        _ticket =
        [
            new TicketCreated(At(21, 10), Priority.P2, CustomerTier.Standard, Channel.Email, ["billing"]),
            new InternalNoteAdded(At(21, 10, 30)),
            new AgentReplied(At(21, 12)),
            new StatusChanged(At(21, 12), TicketStatus.PendingCustomer),
            new CustomerMessageReceived(At(21, 16)),
            new StatusChanged(At(21, 16), TicketStatus.Open),
            new CustomerMessageReceived(At(21, 16, 20)),
            new AgentReplied(At(22, 10)),
            new InternalNoteAdded(At(22, 11)),
            new CustomerMessageReceived(At(22, 14)),
            new PriorityChanged(At(22, 14, 5), Priority.P1),
            new AgentReplied(At(22, 15)),
            new StatusChanged(At(22, 15), TicketStatus.OnHold),
            new StatusChanged(At(23, 11), TicketStatus.Open),
            new CustomerMessageReceived(At(23, 12)),
            new AgentReplied(At(24, 9, 30)),
            new StatusChanged(At(24, 9, 30), TicketStatus.Solved),
            new CustomerMessageReceived(At(24, 12)),
            new TicketReopened(At(24, 12)),
            new InternalNoteAdded(At(24, 12, 30)),
        ];
        _now = At(28, 11);
    }

    [Benchmark(Baseline = true, Description = "evaluate, minute-stepping reference")]
    public TicketSlaState EvaluateMinuteStepping() => _reference.Evaluate(_ticket.AsSpan(), _now);

    [Benchmark(Description = "evaluate, BusinessCalendar")]
    public TicketSlaState Evaluate() => _fast.Evaluate(_ticket.AsSpan(), _now);

    /// <summary>The same ticket on 24/7 calendar hours: the evaluator's own cost without business-calendar arithmetic.</summary>
    [Benchmark(Description = "evaluate, CalendarHours (engine only)")]
    public TicketSlaState EvaluateCalendarHours() => _calendarHours.Evaluate(_ticket.AsSpan(), _now);
}
