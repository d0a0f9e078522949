using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SupportOps.Analytics;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Reports;
using SupportOps.AnalyticsReports;
using SupportOps.AnalyticsReports.Importing;

// Usage:
//   SupportOps.AnalyticsReports --log helpdesk|bpic2013 --input PATH --list-weeks
//   SupportOps.AnalyticsReports --log helpdesk|bpic2013 --input PATH --week YYYY-MM-DD [--weeks N] --out DIR
var options = ParseArgs(args);
if (options is null)
{
    Console.Error.WriteLine("usage: --log helpdesk|bpic2013 --input PATH (--list-weeks | --week YYYY-MM-DD [--weeks N] --out DIR)");
    return 2;
}

var (log, input, listWeeks, firstWeek, weeks, output) = options.Value;
var import = log == LogKind.Helpdesk ? HelpdeskCsvImporter.Import(input) : BpicXesImporter.Import(input);
var calendar = ReportSetup.Calendar(log);
Console.WriteLine($"Imported {import.Tickets.Count} tickets: {import.Rows} rows, {import.Duplicates} duplicates dropped, {import.Events} timeline events.");

if (listWeeks)
{
    foreach (var week in import.Tickets
        .GroupBy(t => MondayOf(t.Events[0].OccurredAt, calendar.TimeZone))
        .OrderBy(g => g.Key))
    {
        Console.WriteLine($"{LocalDatePattern.Iso.Format(week.Key)}\t{week.Count()}");
    }

    return 0;
}

Directory.CreateDirectory(output!);
var evaluator = ReportSetup.Evaluator(calendar);
for (var w = 0; w < weeks; w++)
{
    var monday = firstWeek!.Value.PlusWeeks(w);
    var period = AnalyticsPeriod.Week(monday.AtMidnight().InZoneLeniently(calendar.TimeZone).ToInstant(), calendar);
    var now = period.End;
    var tickets = import.Tickets.Select(t => t.WithSla(evaluator, now)).ToList();
    var comparison = SupportAnalytics.Compare(tickets, period, now);
    var name = log == LogKind.Helpdesk ? "Helpdesk" : "BPI Challenge 2013 incidents";
    var report = HealthReportBuilder.Build(comparison, title: $"{name}: week of {LocalDatePattern.Iso.Format(monday)}");
    var file = Path.Combine(output!, $"{(log == LogKind.Helpdesk ? "helpdesk" : "bpic2013")}-{LocalDatePattern.Iso.Format(monday)}");
    await File.WriteAllTextAsync(file + ".md", MarkdownReportRenderer.Render(report));
    await File.WriteAllTextAsync(file + ".csv", CsvReportRenderer.Render(report));
    Console.WriteLine($"Wrote {file}.md and .csv: {comparison.Current.TicketsCreated} created, {comparison.Current.Backlog.OpenAtEnd} open at the end.");
}

return 0;

static LocalDate MondayOf(Instant instant, DateTimeZone zone)
{
    var date = instant.InZone(zone).Date;
    return date.PlusDays(-((int)date.DayOfWeek - 1));
}

static (LogKind Log, string Input, bool ListWeeks, LocalDate? Week, int Weeks, string? Output)? ParseArgs(string[] args)
{
    LogKind? log = null;
    string? input = null, output = null;
    LocalDate? week = null;
    var weeks = 1;
    var list = false;
    for (var i = 0; i < args.Length; i++)
    {
        var value = i + 1 < args.Length ? args[i + 1] : null;
        switch (args[i])
        {
            case "--log" when value is "helpdesk": log = LogKind.Helpdesk; i++; break;
            case "--log" when value is "bpic2013": log = LogKind.Bpic2013; i++; break;
            case "--input" when value is not null: input = value; i++; break;
            case "--out" when value is not null: output = value; i++; break;
            case "--week" when value is not null && LocalDatePattern.Iso.Parse(value) is { Success: true } parsed: week = parsed.Value; i++; break;
            case "--weeks" when value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0: weeks = n; i++; break;
            case "--list-weeks": list = true; break;
            default: return null;
        }
    }

    if (log is null || input is null || (!list && (week is null || output is null)))
    {
        return null;
    }

    if (week is { } monday && monday.DayOfWeek != IsoDayOfWeek.Monday)
    {
        return null;
    }

    return (log.Value, input, list, week, weeks, output);
}
