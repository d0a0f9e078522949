using System.Collections.Immutable;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.EventTimeline.Tests.Support;

/// <summary>Hand-written example events and envelopes, one of every kind.</summary>
internal static class Samples
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 8, 6, 30);

    public static readonly Actor Customer = Actor.Customer("cust-42", "Dana Reyes");
    public static readonly Actor Agent = Actor.Agent("agent-7", "Sam Ortiz");
    public static readonly Actor Router = Actor.System("routing-engine");

    public static TicketCreated Created(string subject = "Printer on fire") => new()
    {
        Subject = subject,
        Channel = Channel.Email,
        Priority = Priority.P1,
        Tier = CustomerTier.Premium,
        RequesterId = "cust-42",
        Tags = ["hardware", "urgent"],
        Queue = "support-l1",
    };

    public static CustomerMessage CustomerMessage(string body = "It is smoking, please help.") => new()
    {
        MessageId = "msg-1",
        AuthorId = "cust-42",
        Body = body,
        Channel = Channel.Email,
        Attachments = [new Attachment { Name = "photo.jpg", ContentType = "image/jpeg", SizeBytes = 204_800 }],
    };

    public static AgentPublicReply Reply(string body = "Unplug it and step away.") => new()
    {
        MessageId = "msg-2",
        AuthorId = "agent-7",
        Body = body,
        Channel = Channel.Email,
    };

    /// <summary>One event of every kind, in catalogue order.</summary>
    public static ImmutableArray<TicketEvent> OneOfEachKind() =>
    [
        Created(),
        CustomerMessage(),
        Reply(),
        new InternalNote { MessageId = "note-1", AuthorId = "agent-7", Body = "Called facilities.\nThey are on it." },
        new StatusChanged { From = TicketStatus.New, To = TicketStatus.Open },
        new PriorityChanged { From = Priority.P1, To = Priority.P0 },
        new AssigneeChanged { From = null, To = "agent-7" },
        new QueueChanged { From = "support-l1", To = "facilities" },
        new TagsChanged { Added = ["fire"], Removed = ["urgent"] },
        new CustomerTierChanged { From = CustomerTier.Premium, To = CustomerTier.Enterprise },
        new Escalated { Reason = "Safety risk", EscalatedTo = "facilities-oncall" },
        new RoutingDecided
        {
            DecisionId = "dec-1", PolicyVersion = "2026-03-01", RuleId = "rule-safety", TargetKind = RoutingTargetKind.Queue,
            TargetId = "facilities", InputsHash = "sha256:abc", ReasonCodes = ["keyword:fire", "tier:enterprise"],
        },
        new RoutingOverrideApplied
        {
            OverrideId = "ovr-1", TargetKind = RoutingTargetKind.Agent, TargetId = "agent-7", Reason = "Owns the account",
            AppliedBy = "lead-1", ExpiresAt = T0 + Duration.FromDays(2),
        },
        new RoutingOverrideCleared { OverrideId = "ovr-1", Reason = "Resolved", ClearedBy = "lead-1" },
        new SlaWarning { TimerKind = SlaTimerKind.FirstResponse, Cycle = 1, DueAt = T0 + Duration.FromHours(1), Threshold = Duration.FromMinutes(15) },
        new SlaBreached { TimerKind = SlaTimerKind.Resolution, Cycle = 1, DueAt = T0 + Duration.FromHours(8), Threshold = Duration.FromHours(8) },
        new SummaryGenerated { SummaryVersion = 1, InputsHash = "sha256:def", Provider = "extractive", Model = "lead-3@1", Text = "Printer fire; facilities engaged." },
        new Merged { IntoTicketId = "T-1", FromTicketId = "T-2" },
    ];

    public static EventEnvelope Envelope(TicketEvent ticketEvent, long version = 1, string ticketId = "T-1", Actor? actor = null, Instant? at = null) => new()
    {
        EventId = $"evt-{ticketId}-{version}",
        TicketId = ticketId,
        Version = version,
        OccurredAt = at ?? T0 + Duration.FromMinutes(version),
        RecordedAt = (at ?? T0 + Duration.FromMinutes(version)) + Duration.FromSeconds(2),
        Actor = actor ?? Agent,
        Source = EventSource.Zendesk,
        DedupeKey = $"zendesk:{ticketId}:{version}",
        SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(ticketEvent.Kind),
        Event = ticketEvent,
    };

    /// <summary>Envelopes numbered 1..n for one ticket.</summary>
    public static EventEnvelope[] Stream(string ticketId, params TicketEvent[] events)
        => events.Select((ticketEvent, index) => Envelope(ticketEvent, index + 1, ticketId)).ToArray();

    public static NewEvent New(TicketEvent ticketEvent, string dedupeKey, Actor? actor = null, Instant? at = null, string? eventId = null) => new()
    {
        Event = ticketEvent,
        OccurredAt = at ?? T0,
        Actor = actor ?? Customer,
        Source = EventSource.Email,
        DedupeKey = dedupeKey,
        EventId = eventId,
    };
}
