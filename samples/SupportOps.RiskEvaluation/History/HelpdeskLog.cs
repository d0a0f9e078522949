using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace SupportOps.RiskEvaluation.History;

/// <summary>Reads and writes the helpdesk event log format (<c>helpdesk.csv</c>: one event per row, pm4py columns).</summary>
/// <remarks>
/// <para>Reading: exact duplicate rows (same case, activity, resource and timestamp) are dropped; timestamps are naive
/// local wall-clock times although they say <c>+00:00</c> (the file's SOURCE.md), so the offset is ignored and the
/// digits are kept; events are sorted by time per case, keeping file order for equal timestamps. The log has no queue,
/// priority or channel: every ticket goes to one queue, "helpdesk", with P2 and email.</para>
/// </remarks>
public static class HelpdeskLog
{
    /// <summary>The single queue of the real log.</summary>
    public const string Queue = "helpdesk";

    private static readonly string[] Header =
    [
        "concept:name", "lifecycle:transition", "org:resource", "time:timestamp", "Activity", "Resource",
        "case:concept:name", "case:variant", "case:variant-index", "case:creator",
    ];

    private static readonly LocalDateTimePattern TimestampPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    /// <summary>Reads a log.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The tickets (ordered by creation, then id) and import counts.</returns>
    public static HelpdeskLogImport Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var csv = CsvReader.Create(reader, null, true);
        var caseIndex = csv.GetFieldIndex("case:concept:name");
        var activityIndex = csv.GetFieldIndex("Activity");
        var resourceIndex = csv.GetFieldIndex("Resource");
        var timeIndex = csv.GetFieldIndex("time:timestamp");

        var seen = new HashSet<(string, string, string, string)>();
        var byCase = new Dictionary<string, List<TicketEvent>>(StringComparer.Ordinal);
        int rows = 0, duplicates = 0;
        while (csv.Read())
        {
            rows++;
            var id = csv.GetString(caseIndex);
            var activity = csv.GetString(activityIndex);
            var resource = csv.GetString(resourceIndex);
            var timestamp = csv.GetString(timeIndex);
            if (!seen.Add((id, activity, resource, timestamp)))
            {
                duplicates++;
                continue;
            }

            var at = ParseNaive(timestamp, csv.RowNumber);
            if (!byCase.TryGetValue(id, out var events))
            {
                byCase[id] = events = [];
            }

            events.Add(new TicketEvent(at, activity, resource));
        }

        var tickets = byCase
            .Select(pair => new HistoricalTicket(pair.Key, Queue, [.. pair.Value.OrderBy(e => e.At)]))
            .OrderBy(ticket => ticket.Created)
            .ThenBy(ticket => ticket.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new HelpdeskLogImport(tickets, rows, duplicates);
    }

    /// <summary>Writes tickets in the log format (queue, priority and channel are not part of it).</summary>
    /// <param name="writer">Where the CSV goes.</param>
    /// <param name="tickets">The tickets.</param>
    public static void Write(TextWriter writer, IEnumerable<HistoricalTicket> tickets)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tickets);
        using var csv = CsvWriter.Create(writer, null, true);
        csv.WriteHeader(Header);
        foreach (var ticket in tickets)
        {
            foreach (var e in ticket.Events)
            {
                var timestamp = TimestampPattern.Format(e.At.InUtc().LocalDateTime) + "+00:00";
                csv.WriteRecord([e.Activity, "complete", e.Resource, timestamp, e.Activity, e.Resource, ticket.Id, "Synthetic", "0", "SupportOps.RiskEvaluation"]);
            }
        }

        csv.Flush();
    }

    private static Instant ParseNaive(string timestamp, long row)
    {
        // "2010-01-13 08:40:25+00:00": the offset is a flattening artefact; keep the wall-clock digits.
        var digits = timestamp.Length >= 19 ? timestamp[..19] : timestamp;
        var parsed = TimestampPattern.Parse(digits);
        if (!parsed.Success)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"row {row}: time:timestamp '{timestamp}' is not 'yyyy-MM-dd HH:mm:ss'."));
        }

        return parsed.Value.InUtc().ToInstant();
    }
}
