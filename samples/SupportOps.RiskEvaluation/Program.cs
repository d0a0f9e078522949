using System.Globalization;
using NodaTime;
using SupportOps.RiskEvaluation.Calendars;
using SupportOps.RiskEvaluation.History;
using SupportOps.RiskEvaluation.Replay;
using SupportOps.RiskEvaluation.Synthetic;

// Replays historical tickets and reports how well the risk score and the breach forecaster predicted SLA breaches.
//   replay    --log <helpdesk.csv> [--first-response-hours 11] [--resolution-hours 55] [--output <file.md>]
//   synthetic [--seed 42] [--tickets 5000] [--write-csv <file.csv>] [--first-response-hours 11] [--resolution-hours 55] [--output <file.md>]
if (args.Length == 0 || args[0] is not ("replay" or "synthetic"))
{
    Console.Error.WriteLine("usage: replay --log <helpdesk.csv> [options] | synthetic [--seed N] [--tickets N] [--write-csv <file>] [options]");
    Console.Error.WriteLine("options: --first-response-hours H --resolution-hours H --output <file.md>");
    return 2;
}

var settings = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    settings[args[i]] = args[i + 1];
}

double Number(string name, double fallback) =>
    settings.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

var calendar = WeeklyBusinessCalendar.HelpdeskHours;
var options = new ReplayOptions
{
    FirstResponseTarget = Duration.FromHours(Number("--first-response-hours", 11)),
    ResolutionTarget = Duration.FromHours(Number("--resolution-hours", 55)),
};
var targets = string.Create(
    CultureInfo.InvariantCulture,
    $"SLA targets: first response {options.FirstResponseTarget.TotalHours:0.#} business hours, resolution {options.ResolutionTarget.TotalHours:0.#} business hours; calendar Mon–Fri {calendar.Opens:HH:mm}–{calendar.Closes:HH:mm} (naive wall clock, no holidays); rate window {options.RateWindow.TotalHours:0} business hours; top k = {options.TopShare:P0} of points.");

string report;
if (args[0] == "replay")
{
    if (!settings.TryGetValue("--log", out var path))
    {
        Console.Error.WriteLine("replay needs --log <helpdesk.csv>");
        return 2;
    }

    using var reader = new StreamReader(path);
    var log = HelpdeskLog.Read(reader);
    var tickets = log.Tickets;
    var notes = new[]
    {
        string.Create(CultureInfo.InvariantCulture, $"Log: {log.Rows:N0} rows, {log.DuplicateRows:N0} exact duplicates dropped, {tickets.Length:N0} tickets; {tickets.Count(t => t.FirstResponse is null):N0} never taken in charge, {tickets.Count(t => t.Resolved is null):N0} never resolved (no label for that timer)."),
        targets,
        "One queue (the log has none); no priority or channel (P2, email); agent capacity 10 open tickets.",
    };
    report = ReplayReport.ToMarkdown($"Helpdesk event log ({Path.GetFileName(path)})", notes, new RiskReplay(calendar, options).Run(tickets));
}
else
{
    var workload = new SyntheticWorkloadOptions
    {
        Seed = (int)Number("--seed", 42),
        Tickets = (int)Number("--tickets", 5_000),
    };
    var tickets = SyntheticWorkload.Generate(workload, calendar);
    if (settings.TryGetValue("--write-csv", out var csvPath))
    {
        using var writer = new StreamWriter(csvPath);
        HelpdeskLog.Write(writer, tickets);
    }

    var notes = new[]
    {
        string.Create(CultureInfo.InvariantCulture, $"Synthetic workload: seed {workload.Seed}, {tickets.Length:N0} tickets from {tickets[0].Created:uuuu-MM-dd} to {tickets.Max(t => t.LastEvent):uuuu-MM-dd}, queues {string.Join(", ", workload.Queues.Select(q => $"{q.Name} ({q.Agents} agents × {q.ResponsesPerAgentHour}/h)"))}."),
        targets,
    };
    report = ReplayReport.ToMarkdown($"Synthetic workload (seed {workload.Seed})", notes, new RiskReplay(calendar, options).Run(tickets));
}

Console.WriteLine(report);
if (settings.TryGetValue("--output", out var output))
{
    File.WriteAllText(output, report);
}

return 0;
