using System.Text;
using System.Text.RegularExpressions;
using SupportOps.Summarizer.Local.Html;

namespace SupportOps.Summarizer.Local.Text;

/// <summary>
/// Turns a message body into the text worth reading: HTML reduced to text, then quoted history
/// (<c>&gt;</c> lines and everything after an "On ... wrote:" style header) and signatures
/// (after <c>-- </c> or "Sent from my ...") cut off, credentials redacted.
/// </summary>
internal static partial class MessageCleaner
{
    public static string Clean(string body)
    {
        if (body.Length == 0)
        {
            return body;
        }

        var text = HtmlTextReducer.LooksLikeHtml(body) ? HtmlTextReducer.Reduce(body) : body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        // Most bodies keep every line as it is: the builder is only made once a line is dropped or changed.
        StringBuilder? builder = null;
        var kept = text.Length;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.Trim();
            if (trimmed.SequenceEqual("--") || QuoteHeader().IsMatch(trimmed) || SignOff().IsMatch(trimmed))
            {
                kept = lineStart;
                break;
            }

            var skip = trimmed.StartsWith('>');
            var content = line.TrimEnd();
            if (builder is null && (skip || content.Length != line.Length))
            {
                builder = new StringBuilder(text.Length).Append(text, 0, lineStart);
            }

            if (builder is not null && !skip)
            {
                builder.Append(content).Append('\n');
            }

            lineStart = lineEnd + 1;
        }

        var cleaned = builder is not null ? builder.ToString().Trim() : text.AsSpan(0, kept).Trim().ToString();
        return SecretRedactor.Redact(cleaned);
    }

    [GeneratedRegex(@"^(?:On\s.{0,200}\swrote:|Am\s.{0,200}\sschrieb.{0,80}:|El\s.{0,200}\sescribi[oó]:|Le\s.{0,200}\sa\s[ée]crit\s?:|-{2,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Mensaje original|Message d'origine)\s*-{2,}|From:\s.+\bSent:\s.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^(?:Sent from my \w+|Von meinem \w+ gesendet|Enviado desde mi \w+|Envoyé de mon \w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
