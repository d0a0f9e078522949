using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Benchmarks.Timeline;

/// <summary>Deterministic ticket streams with a realistic event mix for the timeline benchmarks.</summary>
internal static class TimelineBenchmarkData
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 8, 6, 30);

    private static readonly Actor Customer = Actor.Customer("cust-1", "Dana");
    private static readonly Actor Agent = Actor.Agent("agent-1", "Sam");

    /// <summary>Builds the events of <paramref name="tickets"/> tickets with <paramref name="eventsPerTicket"/> events each.</summary>
    public static TicketEvent[][] Events(int tickets, int eventsPerTicket, int seed = 42)
    {
        var random = new Random(seed);
        var result = new TicketEvent[tickets][];
        for (var ticket = 0; ticket < tickets; ticket++)
        {
            var events = new TicketEvent[eventsPerTicket];
            events[0] = new TicketCreated
            {
                Subject = "Cannot log in",
                Channel = Channel.Email,
                Priority = Priority.P2,
                Tier = CustomerTier.Standard,
                RequesterId = "cust-1",
                Tags = ["login"],
                Queue = "support",
            };
            for (var i = 1; i < eventsPerTicket; i++)
            {
                events[i] = random.Next(100) switch
                {
                    < 30 => new CustomerMessage { MessageId = "m", AuthorId = "cust-1", Body = "Still broken.", Channel = Channel.Email },
                    < 55 => new AgentPublicReply { MessageId = "r", AuthorId = "agent-1", Body = "Looking into it.", Channel = Channel.Email },
                    < 62 => new InternalNote { MessageId = "n", AuthorId = "agent-1", Body = "Checked logs." },
                    < 72 => new StatusChanged { To = (TicketStatus)random.Next(6) },
                    < 77 => new PriorityChanged { To = (Priority)random.Next(4) },
                    < 82 => new AssigneeChanged { To = "agent-" + random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    < 85 => new QueueChanged { To = "billing" },
                    < 89 => new TagsChanged { Added = ["vip"], Removed = ["login"] },
                    < 91 => new Escalated { Reason = "angry" },
                    < 94 => new SlaWarning { TimerKind = SlaTimerKind.NextResponse, Cycle = 1, DueAt = Start, Threshold = Duration.FromMinutes(15) },
                    < 96 => new SlaBreached { TimerKind = SlaTimerKind.NextResponse, Cycle = 1, DueAt = Start },
                    < 98 => new RoutingDecided { DecisionId = "d", PolicyVersion = "1", TargetKind = RoutingTargetKind.Queue, TargetId = "support", InputsHash = "h" },
                    _ => new SummaryGenerated { SummaryVersion = 1, InputsHash = "h", Provider = "p", Model = "m", Text = "t" },
                };
            }

            result[ticket] = events;
        }

        return result;
    }

    /// <summary>Wraps events into envelopes numbered 1..n per ticket.</summary>
    public static EventEnvelope[][] Envelopes(TicketEvent[][] events)
    {
        var result = new EventEnvelope[events.Length][];
        for (var ticket = 0; ticket < events.Length; ticket++)
        {
            var ticketId = "T-" + ticket.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var stream = new EventEnvelope[events[ticket].Length];
            for (var i = 0; i < stream.Length; i++)
            {
                var at = Start + Duration.FromMinutes(i);
                stream[i] = new EventEnvelope
                {
                    EventId = ticketId + ":" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TicketId = ticketId,
                    Version = i + 1,
                    OccurredAt = at,
                    RecordedAt = at,
                    Actor = events[ticket][i] is CustomerMessage or TicketCreated ? Customer : Agent,
                    Source = EventSource.Zendesk,
                    DedupeKey = "zendesk:" + ticketId + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(events[ticket][i].Kind),
                    Event = events[ticket][i],
                };
            }

            result[ticket] = stream;
        }

        return result;
    }
}
