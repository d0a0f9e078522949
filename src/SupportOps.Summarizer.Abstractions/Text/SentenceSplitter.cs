using System.Collections.Frozen;

namespace SupportOps.Summarizer.Abstractions.Text;

/// <summary>Splits text into sentences: the rule both the summarizers and the result validator count by.</summary>
/// <remarks>
/// <para>
/// A sentence ends at a line break, or at <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (possibly repeated,
/// possibly followed by closing quotes or brackets) that is followed by white space and then by
/// something other than a lower-case letter. Common abbreviations (<c>e.g.</c>, <c>Mr.</c>,
/// <c>z.B.</c>, <c>etc.</c>) and decimals do not end sentences. Empty sentences are dropped and each
/// sentence is trimmed.
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "approx", "nr",
        "z.b", "d.h", "bzw", "ca", "usw", "sr", "sra", "p.ej", "cf", "fig", "st", "jr", "mme",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Splits text into trimmed, non-empty sentences.</summary>
    /// <param name="text">The text. Must not be null.</param>
    /// <returns>The sentences in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or ']' or '»' or '”' or '’')
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }

            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }

            var breaks = next >= text.Length
                || text[next] is '\n' or '\r'
                || (!char.IsLower(text[next]) && !(c == '.' && IsAbbreviation(text, start, i)));
            if (breaks)
            {
                Add(sentences, text, start, end);
                start = end;
            }

            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>Counts the sentences of a text as <see cref="Split(string)"/> splits it.</summary>
    /// <param name="text">The text. Must not be null.</param>
    /// <returns>The number of non-empty sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int Count(string text) => Split(text).Count;

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        if (wordStart == dot)
        {
            return false;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        if (!span.IsEmpty)
        {
            sentences.Add(span.ToString());
        }
    }
}
