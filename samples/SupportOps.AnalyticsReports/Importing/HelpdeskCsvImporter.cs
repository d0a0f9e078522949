using CsvHelper;
using NodaTime;
using NodaTime.Text;
using SupportOps.Analytics.Inputs;
using SupportOps.EventTimeline.Events;

namespace SupportOps.AnalyticsReports.Importing;

/// <summary>
/// Imports the Helpdesk event log (<c>helpdesk.csv</c>, one row per activity) into ticket timelines.
/// The rules are stated in <c>docs/reports/README.md</c>.
/// </summary>
internal static class HelpdeskCsvImporter
{
    /// <summary>The zone whose wall clock the log's digits are (its <c>+00:00</c> suffix is not UTC).</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    public static ImportResult Import(string path)
    {
        using var reader = new StreamReader(path);
        return Import(reader);
    }

    public static ImportResult Import(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var csv = CsvReader.Create(text, null, leaveOpen: true);
        var cases = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, string, string)>();
        int rows = 0, duplicates = 0;
        while (csv.Read())
        {
            rows++;
            var ticket = csv.GetString("case:concept:name");
            var activity = csv.GetString("concept:name");
            var resource = csv.GetString("org:resource");
            var stamp = csv.GetString("time:timestamp");
            if (!seen.Add((ticket, activity, resource, stamp)))
            {
                duplicates++;
                continue;
            }

            if (!cases.TryGetValue(ticket, out var list))
            {
                list = [];
                cases.Add(ticket, list);
            }

            list.Add(new Row(activity, resource, ParseWallClock(stamp), rows));
        }

        var tickets = new List<TicketHistory>(cases.Count);
        var events = 0;
        foreach (var (ticketId, list) in cases.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            list.Sort(static (a, b) => a.At.CompareTo(b.At) is var c && c != 0 ? c : a.Line.CompareTo(b.Line));
            var writer = new TimelineWriter("helpdesk", ticketId);
            foreach (var row in list)
            {
                Apply(writer, row);
            }

            events += writer.Events.Count;
            tickets.Add(new TicketHistory(writer.Events));
        }

        return new ImportResult(tickets, rows, duplicates, events);
    }

    /// <summary>Reads <c>2010-01-13 08:40:25+00:00</c> as wall-clock time in <see cref="Zone"/>, ignoring the suffix.</summary>
    internal static Instant ParseWallClock(string stamp)
    {
        var local = Pattern.Parse(stamp.Length > 19 ? stamp[..19] : stamp).GetValueOrThrow();
        return local.InZoneLeniently(Zone).ToInstant();
    }

    private static void Apply(TimelineWriter writer, Row row)
    {
        var actor = Actor.Agent(row.Resource);
        if (!writer.IsCreated)
        {
            writer.Create(row.At, actor, Priority.P2, Channel.Web, "helpdesk", "Helpdesk " + writer.TicketId);
            if (row.Activity == "Insert ticket")
            {
                return;
            }
        }

        switch (row.Activity)
        {
            case "Take in charge ticket":
                writer.SetStatus(row.At, actor, TicketStatus.Open);
                writer.Assign(row.At, actor, row.Resource);
                writer.Reply(row.At, actor, "Taken in charge");
                break;
            case "Resolve ticket":
                writer.SetStatus(row.At, actor, TicketStatus.Solved);
                break;
            case "Closed":
                writer.SetStatus(row.At, actor, TicketStatus.Closed);
                break;
            case "Wait":
                writer.SetStatus(row.At, actor, TicketStatus.OnHold);
                break;
            case "Require upgrade":
                writer.Escalate(row.At, actor, "Require upgrade", null);
                break;
            case "Create SW anomaly":
                writer.Escalate(row.At, actor, "Software anomaly", "development");
                break;
            default:
                writer.Note(row.At, actor, row.Activity);
                break;
        }
    }

    private sealed record Row(string Activity, string Resource, Instant At, int Line);
}
