namespace SupportOps.Summarizer.Local.Text;

/// <summary>
/// Finds phrases (sequences of lower-case words, each optionally ending in <c>*</c> to match any
/// ending) in a token list in one pass: at each token the longest phrase starting there wins and the
/// scan resumes after it.
/// </summary>
/// <typeparam name="T">The value carried by each phrase.</typeparam>
internal sealed class PhraseMatcher<T>
{
    private const int PrefixKeyLength = 3;
    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> _byFirstPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        _prefixLookup = _byFirstPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (text, value) in phrases)
        {
            var words = Parse(text);
            if (words.Length == 0)
            {
                continue;
            }

            var phrase = new Phrase(words, value);
            var first = phrase.Words[0];
            var index = first.IsPrefix && first.Text.Length >= PrefixKeyLength ? _byFirstPrefix : _byFirstWord;
            var key = first.IsPrefix && first.Text.Length >= PrefixKeyLength ? first.Text[..PrefixKeyLength] : first.Text;
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(phrase);
            Count++;
        }
    }

    /// <summary>How many phrases the matcher knows.</summary>
    public int Count { get; }

    /// <summary>The longest phrase starting at <paramref name="index"/>, if any.</summary>
    public bool TryMatch(List<Token> tokens, int index, out T value, out int length)
    {
        value = default!;
        length = 0;
        var word = tokens[index].Value;
        if (_byFirstWord.TryGetValue(word, out var exact))
        {
            Longest(exact, tokens, index, ref value, ref length);
        }

        if (word.Length >= PrefixKeyLength && _prefixLookup.TryGetValue(word.AsSpan(0, PrefixKeyLength), out var prefixed))
        {
            Longest(prefixed, tokens, index, ref value, ref length);
        }

        return length > 0;
    }

    /// <summary>Every longest, non-overlapping match, left to right.</summary>
    public IEnumerable<(T Value, int Index, int Length)> Matches(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            if (TryMatch(tokens, i, out var value, out var length))
            {
                yield return (value, i, length);
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    private static Pattern[] Parse(string text)
    {
        var patterns = new List<Pattern>();
        foreach (var piece in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var isPrefix = piece.Length > 1 && piece[^1] == '*';
            var words = Tokenizer.Tokenize(isPrefix ? piece[..^1] : piece);
            for (var k = 0; k < words.Count; k++)
            {
                patterns.Add(new Pattern(words[k].Value, isPrefix && k == words.Count - 1));
            }
        }

        return [.. patterns];
    }

    private static void Longest(List<Phrase> candidates, List<Token> tokens, int index, ref T value, ref int length)
    {
        foreach (var phrase in candidates)
        {
            if (phrase.Words.Length > length && phrase.Matches(tokens, index))
            {
                value = phrase.Value;
                length = phrase.Words.Length;
            }
        }
    }

    private readonly record struct Pattern(string Text, bool IsPrefix)
    {
        public bool Matches(string token) => IsPrefix ? token.StartsWith(Text, StringComparison.Ordinal) : token == Text;
    }

    private sealed record Phrase(Pattern[] Words, T Value)
    {
        public bool Matches(List<Token> tokens, int index)
        {
            if (index + Words.Length > tokens.Count)
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                if (!Words[k].Matches(tokens[index + k].Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
