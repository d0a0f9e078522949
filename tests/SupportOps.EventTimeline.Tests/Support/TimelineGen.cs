using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Tests.Support;

/// <summary>FsCheck generators for events, envelopes and whole ticket streams, reaching the awkward edges.</summary>
internal static class TimelineGen
{
    private static readonly string[] Words = ["a", "billing", "vip", "Zoë", "T-1", "x y", "quote\"d", "comma,separated", "ümlaut", "日本", "🔥"];

    private static readonly string[] Texts =
    [
        "", "Hello", "Line one\nline two", "Windows\r\nline ends", "Comma, \"quotes\" and more", "  padded  ", "<b>not html</b>",
        "Emoji 🔥 and ñ", "# looks like markdown\n> quoted", "tab\tseparated",
    ];

    public static Gen<string> Word { get; } = Gen.Elements(Words);

    public static Gen<string> Text { get; } = Gen.Elements(Texts);

    public static Gen<string?> OptionalWord { get; } = Gen.Frequency((3, Word.Select(word => (string?)word)), (1, Gen.Constant((string?)null)));

    /// <summary>Instants between 2026-03-08 and about 4 months later, sometimes with milliseconds or nanoseconds.</summary>
    public static Gen<Instant> Instant { get; } =
        from seconds in Gen.Choose(0, 10_000_000)
        from fraction in Gen.Frequency((4, Gen.Constant(0L)), (1, Gen.Choose(1, 999).Select(ms => ms * 1_000_000L)), (1, Gen.Choose(1, 999_999_999).Select(ns => (long)ns)))
        select Samples.T0 + NodaTime.Duration.FromSeconds(seconds) + NodaTime.Duration.FromNanoseconds(fraction);

    public static Gen<Duration> Duration { get; } =
        Gen.Choose(0, 5_000_000).Select(seconds => NodaTime.Duration.FromSeconds(seconds));

    public static Gen<ImmutableArray<string>> Words0To3 { get; } = Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(Word, count)).Select(words => words.ToImmutableArray());

    public static Gen<T> Enum<T>()
        where T : struct, System.Enum
        => Gen.Elements(System.Enum.GetValues<T>());

    public static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((3, gen.Select(value => (T?)value)), (1, Gen.Constant((T?)null)));

    public static Gen<ImmutableArray<Attachment>> Attachments { get; } =
        Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(
            from name in Word
            from type in Gen.Elements("image/png", "application/pdf", "text/plain")
            from size in Gen.Choose(0, int.MaxValue)
            select new Attachment { Name = name + ".bin", ContentType = type, SizeBytes = size },
            count)).Select(attachments => attachments.ToImmutableArray());

    public static Gen<TicketEvent> Event { get; } = Gen.OneOf(
        from subject in Text
        from channel in Enum<Channel>()
        from priority in Enum<Priority>()
        from tier in Enum<CustomerTier>()
        from requester in Word
        from tags in Words0To3
        from queue in OptionalWord
        select (TicketEvent)new TicketCreated { Subject = subject, Channel = channel, Priority = priority, Tier = tier, RequesterId = requester, Tags = tags, Queue = queue },
        from id in Word
        from author in Word
        from body in Text
        from channel in Enum<Channel>()
        from attachments in Attachments
        select (TicketEvent)new CustomerMessage { MessageId = id, AuthorId = author, Body = body, Channel = channel, Attachments = attachments },
        from id in Word
        from author in Word
        from body in Text
        from channel in Enum<Channel>()
        from attachments in Attachments
        select (TicketEvent)new AgentPublicReply { MessageId = id, AuthorId = author, Body = body, Channel = channel, Attachments = attachments },
        from id in Word
        from author in Word
        from body in Text
        from attachments in Attachments
        select (TicketEvent)new InternalNote { MessageId = id, AuthorId = author, Body = body, Attachments = attachments },
        from before in Optional(Enum<TicketStatus>())
        from after in Enum<TicketStatus>()
        select (TicketEvent)new StatusChanged { From = before, To = after },
        from before in Optional(Enum<Priority>())
        from after in Enum<Priority>()
        select (TicketEvent)new PriorityChanged { From = before, To = after },
        from before in OptionalWord
        from after in OptionalWord
        select (TicketEvent)new AssigneeChanged { From = before, To = after },
        from before in OptionalWord
        from after in Word
        select (TicketEvent)new QueueChanged { From = before, To = after },
        from added in Words0To3
        from removed in Words0To3
        select (TicketEvent)new TagsChanged { Added = added, Removed = removed },
        from before in Optional(Enum<CustomerTier>())
        from after in Enum<CustomerTier>()
        select (TicketEvent)new CustomerTierChanged { From = before, To = after },
        from reason in Text
        from after in OptionalWord
        select (TicketEvent)new Escalated { Reason = reason, EscalatedTo = after },
        from id in Word
        from policy in Word
        from rule in OptionalWord
        from kind in Enum<RoutingTargetKind>()
        from target in Word
        from hash in Word
        from reasons in Words0To3
        select (TicketEvent)new RoutingDecided { DecisionId = id, PolicyVersion = policy, RuleId = rule, TargetKind = kind, TargetId = target, InputsHash = hash, ReasonCodes = reasons },
        from id in Gen.Elements("ovr-1", "ovr-2")
        from kind in Enum<RoutingTargetKind>()
        from target in Word
        from reason in Text
        from who in Word
        from expires in Optional(Instant)
        select (TicketEvent)new RoutingOverrideApplied { OverrideId = id, TargetKind = kind, TargetId = target, Reason = reason, AppliedBy = who, ExpiresAt = expires },
        from id in Gen.Elements("ovr-1", "ovr-2")
        from reason in OptionalWord
        from who in OptionalWord
        select (TicketEvent)new RoutingOverrideCleared { OverrideId = id, Reason = reason, ClearedBy = who },
        from timer in Enum<SlaTimerKind>()
        from cycle in Gen.Choose(1, 5)
        from due in Instant
        from threshold in Duration
        select (TicketEvent)new SlaWarning { TimerKind = timer, Cycle = cycle, DueAt = due, Threshold = threshold },
        from timer in Enum<SlaTimerKind>()
        from cycle in Gen.Choose(1, 5)
        from due in Instant
        from threshold in Optional(Duration)
        select (TicketEvent)new SlaBreached { TimerKind = timer, Cycle = cycle, DueAt = due, Threshold = threshold },
        from version in Gen.Choose(1, 9)
        from hash in Word
        from provider in Word
        from model in Word
        from text in Text
        select (TicketEvent)new SummaryGenerated { SummaryVersion = version, InputsHash = hash, Provider = provider, Model = model, Text = text },
        from survivor in Gen.Elements("T-1", "T-9")
        from before in Gen.Elements("T-1", "T-2")
        select (TicketEvent)new Merged { IntoTicketId = survivor, FromTicketId = before });

    public static Gen<Actor> Actor { get; } =
        from kind in Enum<ActorKind>()
        from id in Word
        from name in OptionalWord
        select new Actor { Kind = kind, Id = id, DisplayName = name };

    public static Gen<EventEnvelope> Envelope { get; } =
        from ticketEvent in Event
        from ticketId in Word
        from version in Gen.Choose(1, int.MaxValue)
        from occurred in Instant
        from recorded in Instant
        from actor in Actor
        from source in Enum<EventSource>()
        from key in Word
        select new EventEnvelope
        {
            EventId = $"evt-{ticketId}-{version}",
            TicketId = ticketId,
            Version = version,
            OccurredAt = occurred,
            RecordedAt = recorded,
            Actor = actor,
            Source = source,
            DedupeKey = key,
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(ticketEvent.Kind),
            Event = ticketEvent,
        };

    /// <summary>A well-formed stream of ticket "T-1": versions 1..n, occurred-at non-decreasing, usually opening with ticket_created.</summary>
    public static Gen<EventEnvelope[]> Stream { get; } =
        from created in Event.Where(e => e is TicketCreated)
        from startsWithCreated in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from rest in Gen.ListOf(Event)
        from steps in Gen.ArrayOf(Gen.Choose(0, 3_600), rest.Count + 1)
        select ToStream("T-1", startsWithCreated ? [created, .. rest] : [.. rest], steps);

    private static EventEnvelope[] ToStream(string ticketId, List<TicketEvent> events, int[] steps)
    {
        var at = Samples.T0;
        var stream = new EventEnvelope[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            at += NodaTime.Duration.FromSeconds(steps[Math.Min(i, steps.Length - 1)]);
            stream[i] = new EventEnvelope
            {
                EventId = $"evt-{i + 1}",
                TicketId = ticketId,
                Version = i + 1,
                OccurredAt = at,
                RecordedAt = at,
                Actor = Samples.Agent,
                Source = EventSource.Zendesk,
                DedupeKey = $"k{i + 1}",
                SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(events[i].Kind),
                Event = events[i],
            };
        }

        return stream;
    }
}
