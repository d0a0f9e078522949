namespace SupportOps.Adapters.Email.Internal;

/// <summary>Trims what a reply quotes from earlier messages, when it is easy to recognise.</summary>
internal static class ReplyText
{
    /// <summary>
    /// Drops trailing quoted lines (<c>&gt; …</c>), the attribution line before them
    /// (<c>On … wrote:</c>), a trailing <c>-----Original Message-----</c> block and the signature after
    /// <c>-- </c>. Returns the text unchanged when nothing would be left.
    /// </summary>
    public static string TrimQuoted(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var end = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line == "--" || lines[i] == "-- " || line.StartsWith("-----Original Message-----", StringComparison.OrdinalIgnoreCase))
            {
                end = i;
                break;
            }
        }

        while (end > 0 && (lines[end - 1].TrimStart().StartsWith('>') || string.IsNullOrWhiteSpace(lines[end - 1])))
        {
            end--;
        }

        if (end > 0 && end < lines.Length && IsAttribution(lines[end - 1]))
        {
            end--;
        }

        var kept = string.Join('\n', lines, 0, end).Trim();
        return kept.Length == 0 ? text.Trim() : kept;
    }

    private static bool IsAttribution(string line)
    {
        var trimmed = line.Trim();
        return trimmed.EndsWith("wrote:", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("a écrit :", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("schrieb:", StringComparison.OrdinalIgnoreCase);
    }
}
