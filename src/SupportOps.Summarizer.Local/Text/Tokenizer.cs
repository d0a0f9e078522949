namespace SupportOps.Summarizer.Local.Text;

/// <summary>
/// Splits text into words: runs of letters and digits, keeping apostrophes and hyphens that join two
/// word characters (<c>don't</c>, <c>two-factor</c>, <c>puis-je</c>). Words are lower-cased invariantly.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var upper = 0;
            var letters = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        if (char.IsUpper(c))
                        {
                            upper++;
                        }
                    }

                    i++;
                }
                else if (IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(new Token(Lower(text.AsSpan(start, i - start)), start, i - start, letters >= 3 && upper == letters));
        }

        return tokens;
    }

    /// <summary>Lower-cases a phrase word the way tokens are lower-cased.</summary>
    public static string Lower(ReadOnlySpan<char> word) => string.Create(word.Length, word, static (buffer, source) =>
    {
        for (var j = 0; j < source.Length; j++)
        {
            var c = source[j];
            buffer[j] = c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c);
        }
    });

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
