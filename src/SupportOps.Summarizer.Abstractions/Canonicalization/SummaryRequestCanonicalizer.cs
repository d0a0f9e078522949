using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime.Text;
using SupportOps.Summarizer.Abstractions.Internal;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Wire;

namespace SupportOps.Summarizer.Abstractions.Canonicalization;

/// <summary>
/// Writes a request in a canonical text form and hashes it, so that equal inputs give equal hashes
/// and a host can skip regenerating a summary when nothing it reads has changed.
/// </summary>
/// <remarks>
/// <para>The canonical form is line based, with fields in a fixed order:</para>
/// <code>
/// summary-request/v1
/// subject: Checkout fails with HTTP 502
/// customer_tier: enterprise
/// sla_risk: 80
/// sla_breached: false
/// tags: checkout,payments
/// messages: 2 of 2
/// message: 1
/// role: customer
/// channel: email
/// sent_at: 2026-11-27T09:15:00Z
/// text: Our checkout fails ...
/// </code>
/// <para>
/// Every text value has its white space runs (spaces, tabs, line breaks, non-breaking spaces)
/// collapsed to one space and is trimmed, so no value spans lines. Tags are trimmed, lower-cased,
/// de-duplicated and sorted. Messages are ordered by send time (ties keep their given order) and only
/// the last <see cref="MaxMessages"/> are written. Numbers and instants use invariant ISO formats.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SummaryRequestCanonicalizer
{
    /// <summary>The version line that opens the canonical form; it changes whenever the form does.</summary>
    public const string FormatVersion = "summary-request/v1";

    /// <summary>The default number of most recent messages read: 20.</summary>
    public const int DefaultMaxMessages = 20;

    /// <summary>Creates a canonicalizer.</summary>
    /// <param name="maxMessages">How many of the most recent messages count, at least 1. The default value is 20.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessages"/> is less than 1.</exception>
    public SummaryRequestCanonicalizer(int maxMessages = DefaultMaxMessages)
    {
        MaxMessages = Guard.InRange(maxMessages, 1, int.MaxValue);
    }

    /// <summary>A canonicalizer reading the last <see cref="DefaultMaxMessages"/> messages.</summary>
    public static SummaryRequestCanonicalizer Default { get; } = new();

    /// <summary>How many of the most recent messages count.</summary>
    public int MaxMessages { get; }

    /// <summary>The messages a summarizer reads: the last <see cref="MaxMessages"/> by send time, oldest first.</summary>
    /// <param name="request">The request. Must not be null.</param>
    /// <returns>The selected messages; ties in send time keep their given order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public IReadOnlyList<TicketMessage> SelectMessages(SummaryRequest request)
    {
        Guard.NotNull(request);
        var ordered = request.Messages.OrderBy(message => message.SentAt).ToArray(); // OrderBy is stable
        return ordered.Length <= MaxMessages ? ordered : ordered[^MaxMessages..];
    }

    /// <summary>Writes the canonical form of a request.</summary>
    /// <param name="request">The request. Must not be null.</param>
    /// <returns>The canonical text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public string Canonicalize(SummaryRequest request)
    {
        Guard.NotNull(request);
        var messages = SelectMessages(request);
        var tags = request.Tags
            .Select(tag => NormalizeWhitespace(tag).ToLowerInvariant())
            .Where(tag => tag.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var builder = new StringBuilder(256 + messages.Sum(message => message.Text.Length + 96));
        Line(builder, FormatVersion);
        Field(builder, "subject", NormalizeWhitespace(request.Subject));
        Field(builder, "customer_tier", WireNames.Of(request.CustomerTier));
        Field(builder, "sla_risk", request.SlaRisk.Score.ToString(CultureInfo.InvariantCulture));
        Field(builder, "sla_breached", request.SlaRisk.Breached ? "true" : "false");
        Field(builder, "tags", string.Join(',', tags));
        Field(builder, "messages", string.Create(CultureInfo.InvariantCulture, $"{messages.Count} of {request.Messages.Length}"));
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            Field(builder, "message", (i + 1).ToString(CultureInfo.InvariantCulture));
            Field(builder, "role", WireNames.Of(message.AuthorRole));
            Field(builder, "channel", WireNames.Of(message.Channel));
            Field(builder, "sent_at", InstantPattern.ExtendedIso.Format(message.SentAt));
            Field(builder, "text", NormalizeWhitespace(message.Text));
        }

        return builder.ToString();
    }

    /// <summary>The SHA-256 of the canonical form (UTF-8), as 64 lower-case hex digits.</summary>
    /// <param name="request">The request. Must not be null.</param>
    /// <returns>The inputs hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public string ComputeHash(SummaryRequest request) => HashCanonicalText(Canonicalize(request));

    /// <summary>The SHA-256 of an already canonical text (UTF-8), as 64 lower-case hex digits.</summary>
    /// <param name="canonicalText">The output of <see cref="Canonicalize(SummaryRequest)"/>. Must not be null.</param>
    /// <returns>The inputs hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canonicalText"/> is null.</exception>
    public static string HashCanonicalText(string canonicalText)
    {
        Guard.NotNull(canonicalText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)));
    }

    /// <summary>Collapses every run of white space to one space and trims the ends.</summary>
    /// <param name="text">The text. Must not be null.</param>
    /// <returns>The normalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string NormalizeWhitespace(string text)
    {
        Guard.NotNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string value)
        => builder.Append(name).Append(": ").Append(value).Append('\n');

    private static void Line(StringBuilder builder, string line) => builder.Append(line).Append('\n');
}
