using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Text;
using SupportOps.Summarizer.Local.Data;
using SupportOps.Summarizer.Local.Text;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>The ticket as the local rules read it: cleaned message texts and their sentences.</summary>
internal sealed class TicketDocument
{
    private readonly List<Token>[] _tokensByText;

    private TicketDocument(string subject, List<string> texts, List<Sentence> sentences, List<Token>[] tokensByText)
    {
        Subject = subject;
        Texts = texts;
        Sentences = sentences;
        _tokensByText = tokensByText;
    }

    public string Subject { get; }

    /// <summary>The subject and the cleaned body of each message, in order.</summary>
    public List<string> Texts { get; }

    /// <summary>Every sentence: the subject's first, then each message's in order.</summary>
    public List<Sentence> Sentences { get; }

    public bool HasBody => Sentences.Count > 0 && !Sentences[^1].IsSubject;

    public static TicketDocument Build(string subject, IReadOnlyList<TicketMessage> messages, SummarizerLexicon lexicon)
    {
        var texts = new List<string>(messages.Count + 1);
        var sentences = new List<Sentence>();
        var tokensByText = new List<Token>[messages.Count + 1];
        var cleanSubject = Text.SecretRedactor.Redact(subject.Trim());
        texts.Add(cleanSubject);
        var from = 0;
        foreach (var part in SentenceSplitter.Split(cleanSubject))
        {
            var offset = Locate(cleanSubject, part, ref from);
            sentences.Add(new Sentence(part, ActorKind.Customer, isSubject: true, messageIndex: -1, sentences.Count, false, lexicon) { Offset = offset });
        }

        tokensByText[0] = TextTokens(sentences, 0);

        var latestCustomer = -1;
        var customerMessages = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].AuthorRole == ActorKind.Customer)
            {
                latestCustomer = i;
                customerMessages++;
            }
        }

        var customerSeen = 0;

        for (var i = 0; i < messages.Count; i++)
        {
            var text = MessageCleaner.Clean(messages[i].Text);
            texts.Add(text);
            var recency = 0;
            if (messages[i].AuthorRole == ActorKind.Customer)
            {
                customerSeen++;
                recency = customerMessages - customerSeen;
            }

            from = 0;
            var first = sentences.Count;
            foreach (var part in SentenceSplitter.Split(text))
            {
                var offset = Locate(text, part, ref from);
                sentences.Add(new Sentence(part, messages[i].AuthorRole, isSubject: false, i, sentences.Count, i == latestCustomer, lexicon) { CustomerRecency = recency, Offset = offset });
            }

            tokensByText[i + 1] = TextTokens(sentences, first);
        }

        return new TicketDocument(cleanSubject, texts, sentences, tokensByText);
    }

    /// <summary>The words of text <paramref name="textIndex"/> (0 the subject, then each message), positioned in that text.</summary>
    public List<Token> TokensOf(int textIndex) => _tokensByText[textIndex];

    /// <summary>The tokens of the sentences from <paramref name="first"/> on (one text's), moved to their position in the text.</summary>
    private static List<Token> TextTokens(List<Sentence> sentences, int first)
    {
        var count = 0;
        for (var s = first; s < sentences.Count; s++)
        {
            count += sentences[s].Tokens.Count;
        }

        var tokens = new List<Token>(count);
        for (var s = first; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            foreach (var token in sentence.Tokens)
            {
                tokens.Add(token with { Start = token.Start + sentence.Offset });
            }
        }

        return tokens;
    }

    private static int Locate(string text, string sentence, ref int from)
    {
        // Sentences are trimmed substrings of the text, in order.
        var at = text.IndexOf(sentence, from, StringComparison.Ordinal);
        var offset = at < 0 ? from : at;
        from = Math.Min(text.Length, offset + sentence.Length);
        return offset;
    }

    /// <summary>The weighted number of cue matches over the ticket.</summary>
    public double Evidence(Cue cue)
    {
        var total = 0.0;
        foreach (var sentence in Sentences)
        {
            if ((sentence.Cues & cue) != 0)
            {
                total += sentence.Count(cue) * sentence.Weight;
            }
        }

        return total;
    }
}
