using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Tests.Ingest;

/// <summary>
/// A tiny test format, one change per line: <c>ticket,eventId,kind,value,unixSeconds</c> with kind
/// <c>created</c>, <c>msg</c> or <c>status</c>. A line that does not parse is rejected on its own;
/// a payload starting with <c>!</c> makes the normalizer throw.
/// </summary>
internal sealed class LineNormalizer : ITicketNormalizer
{
    public EventSource Source => EventSource.Api;

    public static Instant At(long seconds) => Instant.FromUnixTimeSeconds(1_700_000_000 + seconds);

    public NormalizationResult Normalize(SourcePayload payload)
    {
        var text = Encoding.UTF8.GetString(payload.Body.Span);
        if (text.StartsWith('!'))
        {
            throw new InvalidOperationException("boom");
        }

        var tickets = new Dictionary<string, List<NewEvent>>(StringComparer.Ordinal);
        var rejections = ImmutableArray.CreateBuilder<PayloadRejection>();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(',');
            if (parts.Length != 5 || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var seconds) || parts[0].Length == 0)
            {
                rejections.Add(new PayloadRejection("expected ticket,eventId,kind,value,unixSeconds", Encoding.UTF8.GetBytes(lines[i])) { ItemPath = $"line[{i}]" });
                continue;
            }

            TicketEvent? ticketEvent = parts[2] switch
            {
                "created" => new TicketCreated { Subject = parts[3], Channel = Channel.Api, Priority = Priority.P2, Tier = CustomerTier.Standard, RequesterId = "c1" },
                "msg" => new CustomerMessage { MessageId = parts[1], AuthorId = "c1", Body = parts[3], Channel = Channel.Api },
                "status" => new StatusChanged { To = Enum.Parse<TicketStatus>(parts[3]) },
                _ => null,
            };
            if (ticketEvent is null)
            {
                rejections.Add(new PayloadRejection($"unknown kind '{parts[2]}'", Encoding.UTF8.GetBytes(lines[i])) { ItemPath = $"line[{i}]" });
                continue;
            }

            if (!tickets.TryGetValue(parts[0], out var events))
            {
                tickets[parts[0]] = events = [];
            }

            events.Add(new NewEvent
            {
                Event = ticketEvent,
                OccurredAt = At(seconds),
                Actor = Actor.Customer("c1"),
                Source = EventSource.Api,
                DedupeKey = ExternalIds.DedupeKey(EventSource.Api, parts[0], parts[1]),
            });
        }

        return new NormalizationResult
        {
            Tickets = [.. tickets.Select(pair => new NormalizedTicket { ExternalTicketId = pair.Key, TicketId = ExternalIds.TicketId(EventSource.Api, pair.Key), Events = [.. pair.Value] })],
            Rejections = rejections.ToImmutable(),
        };
    }
}
