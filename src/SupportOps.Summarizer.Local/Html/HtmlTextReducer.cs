using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace SupportOps.Summarizer.Local.Html;

/// <summary>
/// Reduces an HTML email or web-form body to the plain text a reader would see: markup, comments,
/// scripts, styles, the head and quoted replies (<c>blockquote</c>, Gmail and Outlook quote blocks)
/// are dropped; block elements and <c>br</c> become line breaks; links keep their target as
/// <c>text (url)</c>; character references are decoded.
/// </summary>
internal static class HtmlTextReducer
{
    private static readonly FrozenSet<string> BlockElements = new[]
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "header", "footer", "pre", "hr", "dt", "dd", "dl", "address", "blockquote", "body", "html",
        "title", "form", "fieldset", "main", "nav", "aside", "figure", "figcaption",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SkippedElements = new[]
    {
        "script", "style", "head", "template", "noscript", "svg", "blockquote",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] QuoteClasses = ["gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divRplyFwdMsg", "OutlookMessageHeader"];

    private static readonly string[] KnownTags =
    [
        "<html", "<body", "<div", "<p>", "<p ", "<br", "<span", "<table", "<a ", "<b>", "<strong", "<em>", "<i>", "<ul", "<ol",
        "<li", "<h1", "<h2", "<h3", "<font", "<img", "<blockquote", "<!doctype", "<head", "<meta", "<style", "<td", "<tr",
    ];

    /// <summary>Whether a body looks like HTML: it contains a common tag.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var lt = text.IndexOf('<', StringComparison.Ordinal);
        if (lt < 0)
        {
            return false;
        }

        foreach (var tag in KnownTags)
        {
            if (text.Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reduces HTML to text: one line per block, spaces collapsed, blank lines dropped.</summary>
    public static string Reduce(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        string? pendingHref = null;
        var linkTextStart = -1;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0 || !IsTagStart(html, i + 1))
            {
                text.Append(c); // a literal '<', as in "a < b"
                i++;
                continue;
            }

            var tag = Tag.Parse(html.AsSpan(i + 1, close - i - 1));
            i = close + 1;
            if (tag.Name.Length == 0)
            {
                continue;
            }

            if (!tag.IsClosing && (SkippedElements.Contains(tag.Name) || (tag.Name == "div" && IsQuoteBlock(tag.Attributes))))
            {
                if (!tag.IsSelfClosing)
                {
                    i = SkipElement(html, i, tag.Name);
                }

                text.Append('\n');
                continue;
            }

            if (tag.Name == "a")
            {
                if (!tag.IsClosing)
                {
                    pendingHref = Attribute(tag.Attributes, "href");
                    linkTextStart = text.Length;
                }
                else if (pendingHref is not null && linkTextStart >= 0)
                {
                    var href = WebUtility.HtmlDecode(pendingHref);
                    var linkText = WebUtility.HtmlDecode(text.ToString(linkTextStart, text.Length - linkTextStart)).Trim();
                    if (href.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !linkText.Contains(href, StringComparison.OrdinalIgnoreCase))
                    {
                        text.Append(" (").Append(pendingHref).Append(')');
                    }

                    pendingHref = null;
                    linkTextStart = -1;
                }

                continue;
            }

            if (BlockElements.Contains(tag.Name))
            {
                text.Append('\n');
            }
            else if (tag.Name is "td" or "th")
            {
                text.Append(' ');
            }
        }

        return NormalizeLines(WebUtility.HtmlDecode(text.ToString()));
    }

    private static bool IsTagStart(string html, int index) =>
        index < html.Length && (char.IsAsciiLetter(html[index]) || html[index] is '/' or '!' or '?');

    private static int SkipElement(string html, int from, string name)
    {
        // Skips to the matching end tag, counting nested elements of the same name.
        var depth = 1;
        var i = from;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                return html.Length;
            }

            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                return html.Length;
            }

            var tag = Tag.Parse(html.AsSpan(lt + 1, gt - lt - 1));
            if (tag.Name == name && !tag.IsSelfClosing)
            {
                depth += tag.IsClosing ? -1 : 1;
                if (depth == 0)
                {
                    return gt + 1;
                }
            }

            i = gt + 1;
        }

        return html.Length;
    }

    private static bool IsQuoteBlock(string attributes)
    {
        foreach (var quoteClass in QuoteClasses)
        {
            if (attributes.Contains(quoteClass, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Attribute(string attributes, string name)
    {
        var index = attributes.IndexOf(name + "=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var start = index + name.Length + 1;
        if (start >= attributes.Length)
        {
            return null;
        }

        var quote = attributes[start];
        if (quote is '"' or '\'')
        {
            var end = attributes.IndexOf(quote, start + 1);
            return end < 0 ? attributes[(start + 1)..] : attributes[(start + 1)..end];
        }

        var stop = attributes.IndexOfAny([' ', '\t', '\n', '>'], start);
        return stop < 0 ? attributes[start..] : attributes[start..stop];
    }

    private static string NormalizeLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length > 0)
            {
                builder.Append(builder.Length > 0 ? "\n" : string.Empty).Append(line);
            }
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private readonly record struct Tag(string Name, bool IsClosing, bool IsSelfClosing, string Attributes)
    {
        public static Tag Parse(ReadOnlySpan<char> inside)
        {
            var closing = inside.Length > 0 && inside[0] == '/';
            var body = closing ? inside[1..] : inside;
            var nameLength = 0;
            while (nameLength < body.Length && (char.IsAsciiLetterOrDigit(body[nameLength]) || body[nameLength] is ':' or '-'))
            {
                nameLength++;
            }

            var name = body[..nameLength].ToString().ToLowerInvariant();
            var selfClosing = inside.Length > 0 && inside[^1] == '/' || name is "br" or "hr" or "img" or "meta" or "link" or "input";
            return new Tag(name, closing, selfClosing, body[nameLength..].ToString());
        }
    }
}
