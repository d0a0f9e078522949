using System.IO.Compression;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using SupportOps.Analytics.Inputs;
using SupportOps.EventTimeline.Events;

namespace SupportOps.AnalyticsReports.Importing;

/// <summary>
/// Imports the BPI Challenge 2013 incident log (XES, gzip) into ticket timelines, streaming the XML.
/// The rules are stated in <c>docs/reports/README.md</c>.
/// </summary>
internal static class BpicXesImporter
{
    public static ImportResult Import(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return Import(gzip);
    }

    public static ImportResult Import(Stream xes)
    {
        ArgumentNullException.ThrowIfNull(xes);
        using var reader = XmlReader.Create(xes, new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
        var tickets = new List<TicketHistory>();
        int rows = 0, duplicates = 0, events = 0;
        string? traceId = null;
        var traceEvents = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "trace":
                        traceId = null;
                        traceEvents.Clear();
                        break;
                    case "event":
                        current = new Dictionary<string, string>(StringComparer.Ordinal);
                        break;
                    case "string" or "date" when reader.GetAttribute("key") is { } key && reader.GetAttribute("value") is { } value:
                        if (current is not null)
                        {
                            current[key] = value;
                        }
                        else if (key == "concept:name" && traceEvents.Count == 0 && reader.Depth == 2)
                        {
                            traceId = value;
                        }

                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "event" && current is not null)
                {
                    rows++;
                    traceEvents.Add(current);
                    current = null;
                }
                else if (reader.LocalName == "trace" && traceId is not null && traceEvents.Count > 0)
                {
                    var history = Build(traceId, traceEvents, ref duplicates);
                    events += history.Events.Count;
                    tickets.Add(history);
                }
            }
        }

        tickets.Sort(static (a, b) => string.CompareOrdinal(a.TicketId, b.TicketId));
        return new ImportResult(tickets, rows, duplicates, events);
    }

    internal static Priority PriorityOf(string? impact) => impact switch
    {
        "Major" => Priority.P0,
        "High" => Priority.P1,
        "Medium" => Priority.P2,
        "Low" => Priority.P3,
        _ => Priority.P2,
    };

    private static TicketHistory Build(string ticketId, List<Dictionary<string, string>> rows, ref int duplicates)
    {
        var parsed = rows
            .Select((row, index) => (Row: row, Index: index, At: OffsetDateTimePattern.ExtendedIso.Parse(row["time:timestamp"]).GetValueOrThrow().ToInstant()))
            .OrderBy(r => r.At)
            .ThenBy(r => r.Index)
            .ToList();
        var writer = new TimelineWriter("bpic2013", ticketId);
        string? previousKey = null;
        string? previousSub = null;
        foreach (var (row, _, at) in parsed)
        {
            var status = row.GetValueOrDefault("concept:name") ?? string.Empty;
            var sub = row.GetValueOrDefault("lifecycle:transition") ?? string.Empty;
            var group = row.GetValueOrDefault("org:group") ?? "(none)";
            var resource = row.GetValueOrDefault("org:resource") is { } r && r != "-" ? r : null;
            var key = string.Join('\u001f', at.ToString(), status, sub, group, resource);
            if (key == previousKey)
            {
                duplicates++;
                continue;
            }

            previousKey = key;
            var actor = resource is null ? Actor.System("service-desk") : Actor.Agent(resource);
            var priority = PriorityOf(row.GetValueOrDefault("impact"));
            if (!writer.IsCreated)
            {
                writer.Create(at, actor, priority, Channel.Web, group, "Incident " + ticketId);
            }

            writer.SetPriority(at, actor, priority);
            if (!string.Equals(group, writer.Queue, StringComparison.Ordinal))
            {
                if (group.Contains("2nd", StringComparison.Ordinal) || group.Contains("3rd", StringComparison.Ordinal))
                {
                    writer.Escalate(at, actor, "Moved to " + group, group);
                }

                writer.MoveToQueue(at, actor, group);
            }

            switch (status, sub)
            {
                case ("Queued", _):
                    writer.Assign(at, actor, null);
                    if (writer.Status is not (TicketStatus.New or TicketStatus.Open))
                    {
                        writer.SetStatus(at, actor, TicketStatus.Open);
                    }

                    break;
                case ("Accepted", "In Progress"):
                    var handOver = !string.Equals(writer.Assignee, resource, StringComparison.Ordinal);
                    writer.SetStatus(at, actor, TicketStatus.Open);
                    writer.Assign(at, actor, resource);
                    if (handOver || previousSub != "In Progress")
                    {
                        writer.Reply(at, actor, "In progress");
                    }

                    break;
                case ("Accepted", "Wait - User" or "Wait - Customer"):
                    writer.Assign(at, actor, resource);
                    writer.SetStatus(at, actor, TicketStatus.PendingCustomer);
                    break;
                case ("Accepted", "Wait" or "Wait - Implementation" or "Wait - Vendor"):
                    writer.Assign(at, actor, resource);
                    writer.SetStatus(at, actor, TicketStatus.OnHold);
                    break;
                case ("Accepted", _):
                    writer.Assign(at, actor, resource);
                    writer.SetStatus(at, actor, TicketStatus.Open);
                    break;
                case ("Completed", "Resolved" or "In Call"):
                    writer.SetStatus(at, actor, TicketStatus.Solved);
                    break;
                case ("Completed", _):
                    writer.SetStatus(at, actor, TicketStatus.Closed);
                    break;
                default:
                    writer.Note(at, actor, status + " / " + sub);
                    break;
            }

            previousSub = sub;
        }

        return new TicketHistory(writer.Events);
    }
}
