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
        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            var trimmed = line.Trim();
            if (trimmed.SequenceEqual("--") || QuoteHeader().IsMatch(trimmed) || SignOff().IsMatch(trimmed))
            {
                break;
            }

            if (!trimmed.StartsWith('>'))
            {
                builder.Append(line.TrimEnd()).Append('\n');
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        return SecretRedactor.Redact(builder.ToString().Trim());
    }

    [GeneratedRegex(@"^(?:On\s.{0,200}\swrote:|Am\s.{0,200}\sschrieb.{0,80}:|El\s.{0,200}\sescribi[oó]:|Le\s.{0,200}\sa\s[ée]crit\s?:|-{2,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Mensaje original|Message d'origine)\s*-{2,}|From:\s.+\bSent:\s.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteHeader();

    [GeneratedRegex(@"^(?:Sent from my \w+|Von meinem \w+ gesendet|Enviado desde mi \w+|Envoyé de mon \w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
