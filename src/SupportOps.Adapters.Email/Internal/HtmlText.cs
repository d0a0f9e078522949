using System.Net;
using System.Text;
using MimeKit.Text;

namespace SupportOps.Adapters.Email.Internal;

/// <summary>Reduces an HTML body to readable plain text with MimeKit's HTML tokenizer.</summary>
internal static class HtmlText
{
    private static readonly HashSet<HtmlTagId> BlockTags =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.Br, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.BlockQuote, HtmlTagId.Pre, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.HR,
    ];

    public static string ToPlainText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var skipping = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head:
                    skipping += tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1;
                    skipping = Math.Max(skipping, 0);
                    break;
                case HtmlTagToken tag when BlockTags.Contains(tag.Id):
                    if (tag.Id == HtmlTagId.LI && !tag.IsEndTag)
                    {
                        text.Append("\n- ");
                    }
                    else
                    {
                        text.Append('\n');
                    }

                    break;
                case HtmlDataToken data when skipping == 0:
                    text.Append(WebUtility.HtmlDecode(Collapse(data.Data)));
                    break;
            }
        }

        return Tidy(text.ToString());
    }

    private static string Collapse(string data)
    {
        var builder = new StringBuilder(data.Length);
        var lastWasSpace = false;
        foreach (var c in data)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !lastWasSpace)
            {
                builder.Append(isSpace ? ' ' : c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString();
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).ToList();
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 1 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }
}
