using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaCli;

/// <summary>
/// Evaluates the sample ticket set at the fixed instant stored in the data and prints one table per
/// ticket: each timer cycle's start and due (calendar-local and UTC), elapsed %, remaining and state.
/// </summary>
internal static class DemoCommand
{
    public const string CalendarFile = "calendar-new-york.json";
    public const string CalendarName = "new-york";
    public const string PoliciesFile = "policies.json";
    public const string TicketsFile = "tickets.json";

    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("ddd MM-dd HH:mm");
    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("MM-dd HH:mm'Z'");

    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static int Run(string dataDirectory, TextWriter output, TextWriter error)
    {
        SlaEvaluator evaluator;
        DemoData data;
        try
        {
            var calendar = BusinessCalendar.FromJson(File.ReadAllText(Path.Combine(dataDirectory, CalendarFile)));
            var policies = SlaPolicySet.FromJson(File.ReadAllText(Path.Combine(dataDirectory, PoliciesFile)));
            evaluator = new SlaEvaluator(policies, SlaCalendarSet.Create(CalendarName, calendar));
            data = DemoData.FromJson(File.ReadAllText(Path.Combine(dataDirectory, TicketsFile)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or JsonException or ArgumentException)
        {
            error.WriteLine($"Cannot read the demo data in '{dataDirectory}': {exception.Message}");
            return 1;
        }

        var zone = evaluator.Calendars.Default.TimeZone;
        output.WriteLine($"SLA state of {data.Tickets.Length} tickets at {Local(data.Now, zone)} {zone.Id} ({InstantPattern.General.Format(data.Now)}), calendar '{CalendarName}'");
        foreach (var ticket in data.Tickets)
        {
            output.WriteLine();
            TicketSlaState state;
            try
            {
                state = evaluator.Evaluate(ticket.Occurrences, data.Now);
            }
            catch (ArgumentException exception)
            {
                error.WriteLine($"{ticket.Id}: {exception.Message}");
                return 1;
            }

            Write(output, ticket, state, zone);
        }

        return 0;
    }

    private static void Write(TextWriter output, DemoTicket ticket, TicketSlaState state, DateTimeZone zone)
    {
        output.WriteLine($"{ticket.Id}  {ticket.Title}");
        output.WriteLine($"  policy {state.PolicyId}, priority {Wire.Of(state.Priority)}, status {Wire.Of(state.Status)}" +
            (state.SoonestDue is { } soonest ? $", next due: {Wire.Of(soonest.Kind)} at {Local(soonest.Due, zone)}" : string.Empty) +
            (state.EverBreached ? ", SLA breached" : string.Empty));
        output.WriteLine($"  {"timer",-16}{"cycle",6}  {"start",-16}{"due (local)",-16}{"due (UTC)",-13}{"elapsed",8}  {"remaining",-11}state");
        foreach (var timer in state.Timers)
        {
            if (timer.Cycles.IsEmpty)
            {
                output.WriteLine($"  {Wire.Of(timer.Kind),-16}{"-",6}  not started");
                continue;
            }

            foreach (var cycle in timer.Cycles)
            {
                var percent = cycle.ElapsedPercent.ToString("0", CultureInfo.InvariantCulture) + "%";
                output.WriteLine(
                    $"  {Wire.Of(timer.Kind),-16}{cycle.Number,6}  {Local(cycle.Start, zone),-16}{Local(cycle.Due, zone),-16}{UtcPattern.Format(cycle.Due),-13}{percent,8}  {Remaining(cycle.Remaining),-11}{cycle.StateText()}");
            }
        }
    }

    private static string Local(Instant instant, DateTimeZone zone) => LocalPattern.Format(instant.InZone(zone).LocalDateTime);

    private static string Remaining(Duration remaining)
    {
        var negative = remaining < Duration.Zero;
        var total = (long)Math.Abs(remaining.TotalMinutes);
        var text = total >= 60
            ? $"{(total / 60).ToString(CultureInfo.InvariantCulture)}h{(total % 60 == 0 ? string.Empty : " " + (total % 60).ToString("00", CultureInfo.InvariantCulture) + "m")}"
            : total.ToString(CultureInfo.InvariantCulture) + "m";
        return negative ? "-" + text : text;
    }
}
