using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Zendesk.Internal;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Zendesk.Normalization;

/// <summary>
/// Normalizes Zendesk Support API payloads into timeline events: incremental ticket export pages
/// (time- and cursor-based), ticket lists, a single ticket, ticket audits and ticket comments.
/// </summary>
/// <remarks>
/// <para><b>Tickets</b> (export pages, lists, <c>{"ticket": …}</c>) give a <c>ticket_created</c> event
/// (dedupe key <c>zendesk:{id}:created</c>, at <c>created_at</c>) and the snapshot's current status,
/// priority, assignee and group as state changes keyed by <c>updated_at</c>
/// (<c>zendesk:{id}:{updated_at}:status</c>); the pipeline skips those that change nothing.</para>
/// <para><b>Audits</b> give <c>ticket_created</c> from their <c>Create</c> events, messages from
/// <c>Comment</c> events and status / priority / assignee / group / tag changes from <c>Change</c>
/// events, each keyed by the Zendesk event id. <b>Comments</b> (the <c>/tickets/{id}/comments</c>
/// response, whose ticket id comes from <see cref="SourcePayload.ExternalTicketId"/>) are keyed by
/// comment id, which Zendesk shares with the audit's Comment event, so the two never duplicate.</para>
/// <para><b>Who wrote a comment.</b> A private comment is an internal note. A public comment is a
/// customer message when its author is an end-user (from side-loaded <c>users</c>) or the ticket's
/// requester, and an agent public reply when the author is an agent or admin or another user of a ticket
/// whose requester is known. When neither is known it is taken to be the customer's: for SLA purposes
/// it is safer to start a clock wrongly than to stop one.</para>
/// <para>Items that fail validation (missing or mistyped ids, unknown statuses, bad times) are
/// rejected one by one with the reason; the rest of the payload is kept. Thread-safe: the
/// requester and role memory is concurrent.</para>
/// </remarks>
public sealed class ZendeskNormalizer : ITicketNormalizer
{
    private static readonly Actor ZendeskActor = Actor.Integration("zendesk", "Zendesk");
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private readonly ConcurrentDictionary<long, long> requesterByTicket = new();
    private readonly ConcurrentDictionary<long, bool> isEndUserById = new();

    /// <inheritdoc />
    public EventSource Source => EventSource.Zendesk;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    public NormalizationResult Normalize(SourcePayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var body = payload.Body;
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return NormalizationResult.Rejected("payload is not valid UTF-8", body);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return NormalizationResult.Rejected($"payload is not valid JSON: {exception.Message}", body);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return NormalizationResult.Rejected($"a Zendesk payload is a JSON object, but this is {Json.Describe(root)}", body);
            }

            var context = new Context();
            LearnUsers(root, context);
            if (root.TryGetProperty("tickets", out var tickets))
            {
                ForEachItem(tickets, "tickets", context, NormalizeTicket);
            }
            else if (root.TryGetProperty("ticket", out var ticket))
            {
                ForOne(ticket, "ticket", context, NormalizeTicket);
            }
            else if (root.TryGetProperty("audits", out var audits))
            {
                ForEachItem(audits, "audits", context, NormalizeAudit);
            }
            else if (root.TryGetProperty("audit", out var audit))
            {
                ForOne(audit, "audit", context, NormalizeAudit);
            }
            else if (root.TryGetProperty("comments", out var comments))
            {
                if (!long.TryParse(payload.ExternalTicketId, NumberStyles.None, CultureInfo.InvariantCulture, out var ticketId))
                {
                    return NormalizationResult.Rejected("a comments payload needs the ticket id of its /tickets/{id}/comments request, and none was given", body);
                }

                ForEachItem(comments, "comments", context, (item, c) => NormalizeComment(ticketId, item, c));
            }
            else
            {
                return NormalizationResult.Rejected("unrecognized Zendesk payload: expected \"tickets\", \"ticket\", \"audits\", \"audit\" or \"comments\"", body);
            }

            return context.ToResult();
        }
    }

    private static void ForEachItem(JsonElement array, string name, Context context, Action<JsonElement, Context> normalize)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            context.Reject(name, $"\"{name}\" must be an array, but was {Json.Describe(array)}", array);
            return;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            ForOne(item, $"{name}[{index++}]", context, normalize);
        }
    }

    private static void ForOne(JsonElement item, string path, Context context, Action<JsonElement, Context> normalize)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            context.Reject(path, $"expected an object, but was {Json.Describe(item)}", item);
            return;
        }

        var mark = context.Mark();
        try
        {
            normalize(item, context);
        }
        catch (ZendeskFieldException exception)
        {
            // All or nothing per item: drop what the item had produced before it failed.
            context.Rollback(mark);
            context.Reject(path, exception.Message, item);
        }
    }

    private static string Key(long ticketId, string eventIdOrUpdatedAt, string? facet = null) =>
        ExternalIds.DedupeKey(EventSource.Zendesk, ticketId.ToString(CultureInfo.InvariantCulture), eventIdOrUpdatedAt, facet);

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string? ViaChannel(JsonElement item) =>
        item.TryGetProperty("via", out var via) && via.ValueKind == JsonValueKind.Object ? Json.OptionalString(via, "channel") : null;

    private static Actor ChangeActor(JsonElement audit, JsonElement change, long? authorId)
    {
        var via = change.TryGetProperty("via", out var own) ? own : audit.TryGetProperty("via", out var auditVia) ? auditVia : default;
        if (via.ValueKind == JsonValueKind.Object)
        {
            var rel = via.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object && source.TryGetProperty("rel", out var relValue) && relValue.ValueKind == JsonValueKind.String
                ? relValue.GetString()
                : null;
            if (rel is "trigger" or "automation" || Json.OptionalString(via, "channel") == "rule")
            {
                return Actor.Integration($"zendesk:{rel ?? "rule"}", "Zendesk business rule");
            }
        }

        return authorId is { } id and > 0 ? Actor.Agent(Text(id)) : ZendeskActor;
    }

    private static ImmutableArray<Attachment> Attachments(JsonElement item)
    {
        if (Json.OptionalArray(item, "attachments") is not { } array || array.GetArrayLength() == 0)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Attachment>(array.GetArrayLength());
        foreach (var attachment in array.EnumerateArray())
        {
            if (attachment.ValueKind != JsonValueKind.Object)
            {
                throw new ZendeskFieldException($"attachments must be objects, but one was {Json.Describe(attachment)}");
            }

            builder.Add(new Attachment
            {
                Name = Json.OptionalString(attachment, "file_name") ?? "(unnamed)",
                ContentType = Json.OptionalString(attachment, "content_type") ?? "application/octet-stream",
                SizeBytes = Json.OptionalId(attachment, "size") ?? 0,
            });
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<string> Tags(JsonElement item, string name)
    {
        if (Json.OptionalArray(item, name) is not { } array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        foreach (var tag in array.EnumerateArray())
        {
            builder.Add(tag.ValueKind == JsonValueKind.String ? tag.GetString()! : throw new ZendeskFieldException($"\"{name}\" must hold strings, but held {Json.Describe(tag)}"));
        }

        return builder.MoveToImmutable();
    }

    private static ImmutableArray<string> TagValue(JsonElement change, string name)
    {
        if (!change.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        // Zendesk sends tag lists as arrays, older audits as one space-separated string.
        return value.ValueKind == JsonValueKind.String
            ? [.. (value.GetString() ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)]
            : Tags(change, name);
    }

    private void LearnUsers(JsonElement root, Context context)
    {
        if (!root.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var user in users.EnumerateArray())
        {
            if (user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var userId)
                && user.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String)
            {
                var isEndUser = role.ValueEquals("end-user"u8);
                isEndUserById[userId] = isEndUser;
                context.Roles[userId] = isEndUser;
            }
        }
    }

    private void NormalizeTicket(JsonElement ticket, Context context)
    {
        var id = Json.RequiredId(ticket, "id");
        var createdAt = Json.RequiredInstant(ticket, "created_at");
        var updatedAt = ticket.TryGetProperty("updated_at", out var updated) && updated.ValueKind != JsonValueKind.Null
            ? Json.RequiredInstant(ticket, "updated_at")
            : createdAt;
        var status = ZendeskVocabulary.Status(Json.RequiredString(ticket, "status"));
        var priority = ZendeskVocabulary.Priority(Json.OptionalString(ticket, "priority"));
        var requester = Json.OptionalId(ticket, "requester_id");
        var assignee = Json.OptionalId(ticket, "assignee_id");
        var group = Json.OptionalId(ticket, "group_id");
        var created = new TicketCreated
        {
            Subject = Json.OptionalString(ticket, "subject") ?? Json.OptionalString(ticket, "raw_subject") ?? "(no subject)",
            Channel = ZendeskVocabulary.Channel(ViaChannel(ticket)),
            Priority = priority,
            Tier = CustomerTier.Standard,
            RequesterId = requester is { } r ? Text(r) : "unknown",
            Tags = Tags(ticket, "tags"),
            Queue = group is { } g ? Text(g) : null,
        };

        if (requester is { } known)
        {
            requesterByTicket[id] = known;
            context.Requesters[id] = known;
        }

        var requesterActor = requester is { } who ? Actor.Customer(Text(who)) : ZendeskActor;
        context.Add(id, created, createdAt, requesterActor, Key(id, "created"));
        var stamp = InstantPattern.ExtendedIso.Format(updatedAt);
        if (status != TicketStatus.New)
        {
            context.Add(id, new StatusChanged { To = status }, updatedAt, ZendeskActor, Key(id, stamp, "status"));
        }

        if (Json.OptionalString(ticket, "priority") is not null)
        {
            context.Add(id, new PriorityChanged { To = priority }, updatedAt, ZendeskActor, Key(id, stamp, "priority"));
        }

        if (assignee is { } a)
        {
            context.Add(id, new AssigneeChanged { To = Text(a) }, updatedAt, ZendeskActor, Key(id, stamp, "assignee"));
        }

        if (group is { } q)
        {
            context.Add(id, new QueueChanged { To = Text(q) }, updatedAt, ZendeskActor, Key(id, stamp, "queue"));
        }
    }

    private void NormalizeAudit(JsonElement audit, Context context)
    {
        var ticketId = Json.RequiredId(audit, "ticket_id");
        var at = Json.RequiredInstant(audit, "created_at");
        var authorId = Json.OptionalId(audit, "author_id");
        var channel = ZendeskVocabulary.Channel(ViaChannel(audit));
        if (Json.OptionalArray(audit, "events") is not { } events)
        {
            throw new ZendeskFieldException("missing \"events\"");
        }

        // The creating audit names the requester; know it before classifying that audit's first comment.
        foreach (var change in events.EnumerateArray())
        {
            if (change.ValueKind == JsonValueKind.Object && Json.OptionalString(change, "type") == "Create"
                && Json.OptionalString(change, "field_name") == "requester_id" && Json.OptionalId(change, "value") is { } requester)
            {
                context.Requesters[ticketId] = requester;
            }
        }

        var creates = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var change in events.EnumerateArray())
        {
            if (change.ValueKind != JsonValueKind.Object)
            {
                throw new ZendeskFieldException($"events must be objects, but one was {Json.Describe(change)}");
            }

            switch (Json.OptionalString(change, "type"))
            {
                case "Create":
                    if (Json.OptionalString(change, "field_name") is { } field)
                    {
                        creates[field] = change;
                    }

                    break;
                case "Comment":
                    var commentAuthor = Json.OptionalId(change, "author_id") ?? authorId ?? throw new ZendeskFieldException("a comment has no \"author_id\" and neither has its audit");
                    AddComment(ticketId, change, Json.RequiredId(change, "id"), commentAuthor, at, channel, context);
                    break;
                case "Change":
                    AddChange(ticketId, audit, change, authorId, at, context);
                    break;
                default:
                    context.Ignored++;
                    break;
            }
        }

        if (creates.Count > 0)
        {
            AddCreation(ticketId, creates, authorId, at, channel, context);
        }
    }

    private void AddCreation(long ticketId, Dictionary<string, JsonElement> creates, long? authorId, Instant at, Channel channel, Context context)
    {
        string? Value(string field) => creates.TryGetValue(field, out var change) ? Json.OptionalString(change, "value") : null;
        long? IdValue(string field) => creates.TryGetValue(field, out var change) ? Json.OptionalId(change, "value") : null;

        var requester = IdValue("requester_id") ?? authorId;
        var group = IdValue("group_id");
        var created = new TicketCreated
        {
            Subject = Value("subject") ?? "(no subject)",
            Channel = channel,
            Priority = ZendeskVocabulary.Priority(Value("priority")),
            Tier = CustomerTier.Standard,
            RequesterId = requester is { } r ? Text(r) : "unknown",
            Tags = creates.TryGetValue("tags", out var tags) ? TagValue(tags, "value") : [],
            Queue = group is { } g ? Text(g) : null,
        };
        var initial = creates.TryGetValue("status", out var status) ? ZendeskVocabulary.Status(Json.RequiredString(status, "value")) : TicketStatus.New;
        var statusKey = initial != TicketStatus.New ? Key(ticketId, Text(Json.RequiredId(status, "id"))) : null;
        var assigneeId = creates.TryGetValue("assignee_id", out var assignee) ? Json.OptionalId(assignee, "value") : null;
        var assigneeKey = assigneeId is not null ? Key(ticketId, Text(Json.RequiredId(assignee, "id"))) : null;

        // Everything parsed: only now remember the requester, so a rejected audit teaches nothing.
        if (requester is { } known)
        {
            requesterByTicket[ticketId] = known;
            context.Requesters[ticketId] = known;
        }

        context.Add(ticketId, created, at, requester is { } who ? Actor.Customer(Text(who)) : ZendeskActor, Key(ticketId, "created"));
        if (statusKey is not null)
        {
            context.Add(ticketId, new StatusChanged { To = initial }, at, ZendeskActor, statusKey);
        }

        if (assigneeKey is not null)
        {
            context.Add(ticketId, new AssigneeChanged { To = Text(assigneeId!.Value) }, at, ZendeskActor, assigneeKey);
        }
    }

    private static void AddChange(long ticketId, JsonElement audit, JsonElement change, long? authorId, Instant at, Context context)
    {
        var eventId = Json.RequiredId(change, "id");
        var actor = ChangeActor(audit, change, authorId);
        var key = Key(ticketId, Text(eventId));
        TicketEvent? ticketEvent = Json.OptionalString(change, "field_name") switch
        {
            "status" => new StatusChanged
            {
                From = Json.OptionalString(change, "previous_value") is { } from ? ZendeskVocabulary.Status(from) : null,
                To = ZendeskVocabulary.Status(Json.RequiredString(change, "value")),
            },
            "priority" => new PriorityChanged
            {
                From = Json.OptionalString(change, "previous_value") is { } from ? ZendeskVocabulary.Priority(from) : null,
                To = ZendeskVocabulary.Priority(Json.OptionalString(change, "value")),
            },
            "assignee_id" => new AssigneeChanged
            {
                From = Json.OptionalId(change, "previous_value") is { } from ? Text(from) : null,
                To = Json.OptionalId(change, "value") is { } to ? Text(to) : null,
            },
            "group_id" when Json.OptionalId(change, "value") is { } to => new QueueChanged
            {
                From = Json.OptionalId(change, "previous_value") is { } from ? Text(from) : null,
                To = Text(to),
            },
            "tags" => TagChange(TagValue(change, "previous_value"), TagValue(change, "value")),
            _ => null,
        };

        if (ticketEvent is null)
        {
            context.Ignored++;
            return;
        }

        context.Add(ticketId, ticketEvent, at, actor, key);
    }

    private static TagsChanged TagChange(ImmutableArray<string> before, ImmutableArray<string> after) => new()
    {
        Added = [.. after.Except(before, StringComparer.Ordinal)],
        Removed = [.. before.Except(after, StringComparer.Ordinal)],
    };

    private void NormalizeComment(long ticketId, JsonElement comment, Context context)
    {
        var id = Json.RequiredId(comment, "id");
        var author = Json.RequiredId(comment, "author_id");
        var at = Json.RequiredInstant(comment, "created_at");
        AddComment(ticketId, comment, id, author, at, ZendeskVocabulary.Channel(ViaChannel(comment)), context);
    }

    private void AddComment(long ticketId, JsonElement comment, long commentId, long authorId, Instant at, Channel channel, Context context)
    {
        var body = Json.OptionalString(comment, "body") ?? Json.OptionalString(comment, "plain_body") ?? string.Empty;
        var isPublic = Json.OptionalBool(comment, "public", fallback: true);
        var attachments = Attachments(comment);
        var messageId = Text(commentId);
        var author = Text(authorId);
        var key = Key(ticketId, messageId);
        if (!isPublic)
        {
            context.Add(ticketId, new InternalNote { MessageId = messageId, AuthorId = author, Body = body, Attachments = attachments }, at, Actor.Agent(author), key);
            return;
        }

        if (IsCustomer(ticketId, authorId, context))
        {
            context.Add(ticketId, new CustomerMessage { MessageId = messageId, AuthorId = author, Body = body, Attachments = attachments, Channel = channel }, at, Actor.Customer(author), key);
        }
        else
        {
            context.Add(ticketId, new AgentPublicReply { MessageId = messageId, AuthorId = author, Body = body, Attachments = attachments, Channel = channel }, at, Actor.Agent(author), key);
        }
    }

    private bool IsCustomer(long ticketId, long authorId, Context context)
    {
        if (context.Roles.TryGetValue(authorId, out var isEndUser) || isEndUserById.TryGetValue(authorId, out isEndUser))
        {
            return isEndUser;
        }

        if (context.Requesters.TryGetValue(ticketId, out var requester) || requesterByTicket.TryGetValue(ticketId, out requester))
        {
            return requester == authorId;
        }

        return true;
    }

    /// <summary>What one payload produced so far; items add to it and roll back when they fail.</summary>
    private sealed class Context
    {
        private readonly List<(long TicketId, NewEvent Event)> events = [];
        private readonly ImmutableArray<PayloadRejection>.Builder rejections = ImmutableArray.CreateBuilder<PayloadRejection>();

        public Dictionary<long, bool> Roles { get; } = [];

        public Dictionary<long, long> Requesters { get; } = [];

        public int Ignored { get; set; }

        public int Mark() => events.Count;

        public void Rollback(int mark) => events.RemoveRange(mark, events.Count - mark);

        public void Add(long ticketId, TicketEvent ticketEvent, Instant occurredAt, Actor actor, string dedupeKey) =>
            events.Add((ticketId, new NewEvent { Event = ticketEvent, OccurredAt = occurredAt, Actor = actor, Source = EventSource.Zendesk, DedupeKey = dedupeKey }));

        public void Reject(string path, string reason, JsonElement item) =>
            rejections.Add(new PayloadRejection(reason, Encoding.UTF8.GetBytes(item.GetRawText())) { ItemPath = path });

        public NormalizationResult ToResult()
        {
            var tickets = new List<NormalizedTicket>();
            foreach (var group in events.GroupBy(pair => pair.TicketId))
            {
                var external = Text(group.Key);
                tickets.Add(new NormalizedTicket
                {
                    ExternalTicketId = external,
                    TicketId = ExternalIds.TicketId(EventSource.Zendesk, external),
                    Events = [.. group.Select(pair => pair.Event)],
                });
            }

            return new NormalizationResult { Tickets = [.. tickets], Rejections = rejections.ToImmutable(), Ignored = Ignored };
        }
    }
}
