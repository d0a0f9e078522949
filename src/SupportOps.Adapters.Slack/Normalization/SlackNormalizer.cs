using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Slack.Normalization;

/// <summary>
/// Normalizes Slack Events API callbacks (<c>event_callback</c> envelopes with a <c>message</c> event)
/// into timeline events: a thread is a ticket, its messages are the ticket's messages.
/// </summary>
/// <remarks>
/// <para><b>Tickets.</b> A top-level message opens a ticket keyed by <c>{channel}:{ts}</c>
/// (timeline id <c>slack:{channel}:{ts}</c>) with a <c>ticket_created</c> (subject: the first line of the
/// text) and a customer message. A reply (<c>thread_ts</c> ≠ <c>ts</c>, including
/// <c>thread_broadcast</c>) belongs to ticket <c>{channel}:{thread_ts}</c>: it is a customer message when
/// its author started the thread (<c>parent_user_id</c>, or the remembered root author), and an agent
/// public reply otherwise. When the thread's author is unknown the reply is taken to be the customer's.</para>
/// <para><b>Dedupe.</b> Every message is keyed <c>slack:{channel}:{thread}:{ts}</c>. Slack's <c>ts</c> is
/// stable across redeliveries and edits, so a retried delivery and a <c>message_changed</c> for a message
/// already ingested are duplicates; a <c>message_changed</c> whose original was never seen is ingested with
/// the edited text.</para>
/// <para><b>Ignored.</b> <c>url_verification</c> handshakes (answer them with
/// <see cref="SlackUrlVerification"/>), bot messages (<c>bot_message</c> or a <c>bot_id</c>, so a support
/// bot never opens tickets from its own posts), deletions (the timeline keeps history; it has no
/// deletion event), <c>message_replied</c> notices, channel join/leave/topic notices and
/// <c>app_mention</c> events (Slack also delivers the same post as a <c>message</c>).</para>
/// <para><b>Rejected.</b> Other envelope or event types, and messages without a channel, <c>ts</c> or user.
/// Thread-safe.</para>
/// </remarks>
public sealed class SlackNormalizer : ITicketNormalizer
{
    private static readonly HashSet<string> IgnoredSubtypes = new(StringComparer.Ordinal)
    {
        "bot_message", "message_deleted", "message_replied", "channel_join", "channel_leave", "channel_topic",
        "channel_purpose", "channel_name", "channel_archive", "channel_unarchive", "group_join", "group_leave",
        "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive", "pinned_item", "unpinned_item",
        "ekm_access_denied", "reminder_add", "tombstone", "assistant_app_thread",
    };

    private static readonly HashSet<string> MessageSubtypes = new(StringComparer.Ordinal)
    {
        string.Empty, "thread_broadcast", "file_share", "me_message",
    };

    private readonly ConcurrentDictionary<string, string> rootAuthorByThread = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public EventSource Source => EventSource.Slack;

    /// <summary>Parses a Slack timestamp (<c>"1719209506.817929"</c>: Unix seconds and microseconds).</summary>
    /// <param name="ts">The timestamp text.</param>
    /// <param name="instant">The instant, when the text is a timestamp.</param>
    /// <returns><see langword="true"/> when <paramref name="ts"/> is a Slack timestamp.</returns>
    public static bool TryParseTimestamp(string? ts, out Instant instant)
    {
        instant = default;
        if (string.IsNullOrEmpty(ts))
        {
            return false;
        }

        var dot = ts.IndexOf('.', StringComparison.Ordinal);
        var secondsText = dot < 0 ? ts.AsSpan() : ts.AsSpan(0, dot);
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : ts.AsSpan(dot + 1);
        if (fraction.Length > 6
            || !long.TryParse(secondsText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > 253_402_300_799
            || (fraction.Length > 0 && !int.TryParse(fraction, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        var micros = fraction.IsEmpty ? 0 : int.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture) * (int)Math.Pow(10, 6 - fraction.Length);
        instant = Instant.FromUnixTimeSeconds(seconds) + Duration.FromTicks(micros * 10L);
        return true;
    }

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
            document = JsonDocument.Parse(body);
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
                return NormalizationResult.Rejected("a Slack Events API payload is a JSON object", body);
            }

            switch (String(root, "type"))
            {
                case "url_verification":
                    return NormalizationResult.IgnoredItems();
                case "event_callback":
                    break;
                case var other:
                    return NormalizationResult.Rejected($"unsupported Slack envelope type \"{other}\"", body);
            }

            if (!root.TryGetProperty("event", out var slackEvent) || slackEvent.ValueKind != JsonValueKind.Object)
            {
                return NormalizationResult.Rejected("an event_callback needs an \"event\" object", body);
            }

            return String(slackEvent, "type") switch
            {
                "message" => NormalizeMessageEvent(slackEvent, body),
                "app_mention" => NormalizationResult.IgnoredItems(),
                var other => NormalizationResult.Rejected($"unsupported Slack event type \"{other}\"", body),
            };
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool HasText(JsonElement item, string name) => !string.IsNullOrEmpty(String(item, name));

    private static string Decode(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    private static string SubjectOf(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? "(Slack thread)" : line.Length <= 120 ? line : line[..119] + "…";
    }

    private static ImmutableArray<Attachment> Files(JsonElement message)
    {
        if (!message.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Attachment>();
        foreach (var file in files.EnumerateArray())
        {
            if (file.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            builder.Add(new Attachment
            {
                Name = String(file, "name") is { Length: > 0 } name ? name : String(file, "title") ?? "(file)",
                ContentType = String(file, "mimetype") is { Length: > 0 } type ? type : "application/octet-stream",
                SizeBytes = file.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt64(out var bytes) ? bytes : 0,
            });
        }

        return builder.ToImmutable();
    }

    private NormalizationResult NormalizeMessageEvent(JsonElement slackEvent, ReadOnlyMemory<byte> body)
    {
        var subtype = String(slackEvent, "subtype") ?? string.Empty;
        var message = slackEvent;
        if (subtype == "message_changed")
        {
            if (!slackEvent.TryGetProperty("message", out message) || message.ValueKind != JsonValueKind.Object)
            {
                return NormalizationResult.Rejected("a message_changed event needs a \"message\" object", body);
            }

            subtype = String(message, "subtype") ?? string.Empty;
        }

        if (IgnoredSubtypes.Contains(subtype) || HasText(message, "bot_id"))
        {
            return NormalizationResult.IgnoredItems();
        }

        if (!MessageSubtypes.Contains(subtype))
        {
            // An unfamiliar subtype is a Slack notice, not a conversation message.
            return NormalizationResult.IgnoredItems();
        }

        var channel = String(slackEvent, "channel") is { Length: > 0 } outer ? outer : String(message, "channel");
        var ts = String(message, "ts");
        var user = String(message, "user");
        if (string.IsNullOrEmpty(channel))
        {
            return NormalizationResult.Rejected("the message has no \"channel\"", body);
        }

        if (!TryParseTimestamp(ts, out var at))
        {
            return NormalizationResult.Rejected($"the message has no valid \"ts\" (was \"{ts}\")", body);
        }

        if (string.IsNullOrEmpty(user))
        {
            return NormalizationResult.Rejected("the message has no \"user\" and is not a bot message", body);
        }

        var threadTs = String(message, "thread_ts") is { Length: > 0 } thread ? thread : ts!;
        if (!TryParseTimestamp(threadTs, out _))
        {
            return NormalizationResult.Rejected($"the message has an invalid \"thread_ts\" (\"{threadTs}\")", body);
        }

        var externalTicketId = $"{channel}:{threadTs}";
        var text = Decode(String(message, "text") ?? string.Empty);
        var files = Files(message);
        var key = ExternalIds.DedupeKey(EventSource.Slack, externalTicketId, ts!);
        var events = ImmutableArray.CreateBuilder<NewEvent>(2);
        if (threadTs == ts)
        {
            rootAuthorByThread[externalTicketId] = user;
            events.Add(New(new TicketCreated { Subject = SubjectOf(text), Channel = Channel.Slack, Priority = Priority.P2, Tier = CustomerTier.Standard, RequesterId = user }, at, Actor.Customer(user), ExternalIds.DedupeKey(EventSource.Slack, externalTicketId, "created")));
            events.Add(New(new CustomerMessage { MessageId = ts!, AuthorId = user, Body = text, Attachments = files, Channel = Channel.Slack }, at, Actor.Customer(user), key));
        }
        else
        {
            var starter = String(message, "parent_user_id") is { Length: > 0 } parent ? parent : rootAuthorByThread.GetValueOrDefault(externalTicketId);
            events.Add(starter is null || starter == user
                ? New(new CustomerMessage { MessageId = ts!, AuthorId = user, Body = text, Attachments = files, Channel = Channel.Slack }, at, Actor.Customer(user), key)
                : New(new AgentPublicReply { MessageId = ts!, AuthorId = user, Body = text, Attachments = files, Channel = Channel.Slack }, at, Actor.Agent(user), key));
        }

        return new NormalizationResult
        {
            Tickets = [new NormalizedTicket { ExternalTicketId = externalTicketId, TicketId = ExternalIds.TicketId(EventSource.Slack, externalTicketId), Events = events.ToImmutable() }],
        };
    }

    private static NewEvent New(TicketEvent ticketEvent, Instant at, Actor actor, string key) =>
        new() { Event = ticketEvent, OccurredAt = at, Actor = actor, Source = EventSource.Slack, DedupeKey = key };
}
