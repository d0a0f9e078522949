using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MimeKit;
using NodaTime;
using SupportOps.Adapters.Email.Internal;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Email.Normalization;

/// <summary>
/// Normalizes RFC 5322 messages (parsed with MimeKit) into timeline events, one ticket per thread.
/// </summary>
/// <remarks>
/// <para><b>Threading.</b> A message belongs to the ticket of its thread root: the first id of
/// <c>References</c>, else the root of the message its <c>In-Reply-To</c> names (remembered from earlier
/// messages), else that <c>In-Reply-To</c> id, else its own <c>Message-ID</c>. The timeline ticket id is
/// <c>email:{root Message-ID}</c>; a message without a Message-ID is identified by
/// <c>sha256:{hash of its bytes}</c>.</para>
/// <para><b>Events.</b> Mail from a support address (<see cref="DependencyInjection.EmailAdapterOptions.SupportAddresses"/>)
/// is an agent public reply; other mail is a customer message, and also opens the ticket
/// (<c>ticket_created</c> keyed <c>email:{root}:created</c>, so only the first one counts) with the subject
/// without <c>Re:</c>/<c>Fwd:</c> prefixes. Messages are keyed <c>email:{root}:{Message-ID}</c>. The body
/// is the text part, or the HTML part reduced to text; trailing quoted text and signatures are trimmed.
/// Attachments are listed with name, type and decoded size, never inlined. The <c>Date</c> header is read
/// with its own offset.</para>
/// <para><b>Ignored:</b> delivery reports (<c>multipart/report</c>, bounces) and auto-replies
/// (<c>Auto-Submitted</c> other than <c>no</c>). <b>Rejected:</b> empty or unparseable messages and
/// messages without <c>From</c> or a valid <c>Date</c>. Thread-safe.</para>
/// </remarks>
public sealed partial class EmailNormalizer : ITicketNormalizer
{
    private readonly ConcurrentDictionary<string, string> rootByMessageId = new(StringComparer.Ordinal);
    private readonly HashSet<string> supportAddresses;
    private readonly HashSet<string> supportDomains;

    /// <summary>Initializes a normalizer.</summary>
    /// <param name="supportAddresses">Addresses (<c>help@example.com</c>) and domains (<c>example.com</c>) of the support team. Must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="supportAddresses"/> is null.</exception>
    public EmailNormalizer(IEnumerable<string> supportAddresses)
    {
        ArgumentNullException.ThrowIfNull(supportAddresses);
        var entries = supportAddresses.Where(entry => !string.IsNullOrWhiteSpace(entry)).Select(entry => entry.Trim()).ToList();
        this.supportAddresses = new HashSet<string>(entries.Where(entry => entry.Contains('@', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);
        supportDomains = new HashSet<string>(entries.Where(entry => !entry.Contains('@', StringComparison.Ordinal)).Select(entry => entry.TrimStart('@')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Initializes a normalizer that treats every message as the customer's.</summary>
    public EmailNormalizer()
        : this([])
    {
    }

    /// <inheritdoc />
    public EventSource Source => EventSource.Email;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    public NormalizationResult Normalize(SourcePayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var body = payload.Body;
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return NormalizationResult.Rejected("the message is empty", body);
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(body.ToArray(), writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException exception)
        {
            return NormalizationResult.Rejected($"the message is not RFC 5322: {exception.Message}", body);
        }

        using (message)
        {
            return Normalize(message, body);
        }
    }

    [GeneratedRegex(@"^\s*((re|aw|sv|fw|fwd|wg)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    private static string Text(MimeMessage message)
    {
        if (message.TextBody is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return ReplyText.TrimQuoted(text);
        }

        if (message.HtmlBody is { } html)
        {
            var converted = HtmlText.ToPlainText(html);
            return ReplyText.TrimQuoted(converted);
        }

        return string.Empty;
    }

    private static ImmutableArray<Attachment> Attachments(MimeMessage message)
    {
        var builder = ImmutableArray.CreateBuilder<Attachment>();
        foreach (var entity in message.Attachments)
        {
            var contentType = entity.ContentType.MimeType;
            switch (entity)
            {
                case MimePart part:
                    builder.Add(new Attachment { Name = part.FileName ?? "(unnamed)", ContentType = contentType, SizeBytes = DecodedSize(part) });
                    break;
                case MessagePart forwarded:
                    using (var counter = new CountingStream())
                    {
                        forwarded.Message?.WriteTo(counter);
                        builder.Add(new Attachment { Name = entity.ContentDisposition?.FileName ?? "forwarded.eml", ContentType = contentType, SizeBytes = counter.Length });
                    }

                    break;
            }
        }

        return builder.ToImmutable();
    }

    private static long DecodedSize(MimePart part)
    {
        if (part.Content is null)
        {
            return 0;
        }

        using var counter = new CountingStream();
        part.Content.DecodeTo(counter);
        return counter.Length;
    }

    private static string Identify(string? messageId, ReadOnlyMemory<byte> body) =>
        string.IsNullOrWhiteSpace(messageId) ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body.Span))[..32] : messageId.Trim();

    private NormalizationResult Normalize(MimeMessage message, ReadOnlyMemory<byte> body)
    {
        if (message.Body is MultipartReport || message.Body?.ContentType.IsMimeType("multipart", "report") == true)
        {
            return NormalizationResult.IgnoredItems();
        }

        if (message.Headers["Auto-Submitted"] is { } autoSubmitted && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return NormalizationResult.IgnoredItems();
        }

        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (string.IsNullOrWhiteSpace(from))
        {
            return NormalizationResult.Rejected("the message has no From address", body);
        }

        if (!message.Headers.Contains(HeaderId.Date) || message.Date == DateTimeOffset.MinValue)
        {
            return NormalizationResult.Rejected($"the message has no valid Date header (was \"{message.Headers[HeaderId.Date]}\")", body);
        }

        var at = Instant.FromDateTimeOffset(message.Date);
        var messageId = Identify(message.MessageId, body);
        var root = ThreadRoot(message, messageId);
        rootByMessageId[messageId] = root;

        var author = from.Trim().ToLowerInvariant();
        var text = Text(message);
        var attachments = Attachments(message);
        var events = ImmutableArray.CreateBuilder<NewEvent>(2);
        if (IsSupport(author))
        {
            events.Add(New(new AgentPublicReply { MessageId = messageId, AuthorId = author, Body = text, Attachments = attachments, Channel = Channel.Email }, at, Actor.Agent(author, message.From.Mailboxes.First().Name), ExternalIds.DedupeKey(EventSource.Email, root, messageId)));
        }
        else
        {
            var customer = Actor.Customer(author, message.From.Mailboxes.First().Name is { Length: > 0 } name ? name : null);
            var subject = string.Join(' ', ReplyPrefix().Replace(message.Subject ?? string.Empty, string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            events.Add(New(new TicketCreated { Subject = subject.Length == 0 ? "(no subject)" : subject, Channel = Channel.Email, Priority = Priority.P2, Tier = CustomerTier.Standard, RequesterId = author }, at, customer, ExternalIds.DedupeKey(EventSource.Email, root, "created")));
            events.Add(New(new CustomerMessage { MessageId = messageId, AuthorId = author, Body = text, Attachments = attachments, Channel = Channel.Email }, at, customer, ExternalIds.DedupeKey(EventSource.Email, root, messageId)));
        }

        return new NormalizationResult
        {
            Tickets = [new NormalizedTicket { ExternalTicketId = root, TicketId = ExternalIds.TicketId(EventSource.Email, root), Events = events.ToImmutable() }],
        };
    }

    private string ThreadRoot(MimeMessage message, string messageId)
    {
        if (message.References.Count > 0 && !string.IsNullOrWhiteSpace(message.References[0]))
        {
            var first = message.References[0].Trim();
            return rootByMessageId.GetValueOrDefault(first, first);
        }

        if (!string.IsNullOrWhiteSpace(message.InReplyTo))
        {
            var parent = message.InReplyTo.Trim();
            return rootByMessageId.GetValueOrDefault(parent, parent);
        }

        return rootByMessageId.GetValueOrDefault(messageId, messageId);
    }

    private bool IsSupport(string address)
    {
        if (supportAddresses.Contains(address))
        {
            return true;
        }

        var at = address.LastIndexOf('@');
        return at >= 0 && supportDomains.Contains(address[(at + 1)..]);
    }

    private static NewEvent New(TicketEvent ticketEvent, Instant at, Actor actor, string key) =>
        new() { Event = ticketEvent, OccurredAt = at, Actor = actor, Source = EventSource.Email, DedupeKey = key };
}
