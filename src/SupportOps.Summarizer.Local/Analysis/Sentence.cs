using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Local.Data;
using SupportOps.Summarizer.Local.Text;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>A sentence of the ticket with its words and the topic cues found in it.</summary>
internal sealed class Sentence
{
    private readonly int[]? _cueCounts;

    public Sentence(string text, ActorKind role, bool isSubject, int messageIndex, int order, bool isInLatestCustomerMessage, SummarizerLexicon lexicon)
    {
        Text = text;
        Role = role;
        IsSubject = isSubject;
        MessageIndex = messageIndex;
        Order = order;
        IsInLatestCustomerMessage = isInLatestCustomerMessage;
        Tokens = Tokenizer.Tokenize(text);
        var tokens = Tokens;
        for (var i = 0; i < tokens.Count;)
        {
            if (!lexicon.Cues.TryMatch(tokens, i, out var cue, out var length))
            {
                i++;
                continue;
            }

            i += length;
            Cues |= cue;
            if ((cue & Cue.Greeting) != 0)
            {
                GreetingWords += length;
            }

            _cueCounts ??= new int[CueNames.Single.Length];
            for (var k = 0; k < CueNames.Single.Length; k++)
            {
                if ((cue & CueNames.Single[k]) != 0)
                {
                    _cueCounts[k]++;
                }
            }
        }

        Exclamations = text.AsSpan().Count('!');
    }

    public string Text { get; }

    public ActorKind Role { get; }

    public bool IsSubject { get; }

    public int MessageIndex { get; }

    /// <summary>The position of the sentence in the ticket (subject first).</summary>
    public int Order { get; }

    public bool IsInLatestCustomerMessage { get; }

    public List<Token> Tokens { get; }

    public Cue Cues { get; }

    public int Exclamations { get; }

    /// <summary>How much the sentence counts as evidence about the ticket: the customer's words and the subject most.</summary>
    public double Weight => IsSubject ? 1.5 : Role switch
    {
        ActorKind.Customer => 1.0,
        ActorKind.Agent => 0.5,
        _ => 0.25,
    };

    /// <summary>Where the sentence starts in its text (the subject or the cleaned message).</summary>
    public int Offset { get; init; }

    /// <summary>How many customer messages came after this sentence's message (0 for the latest and for the subject).</summary>
    public int CustomerRecency { get; init; }

    /// <summary>How many words belong to greeting or sign-off phrases.</summary>
    public int GreetingWords { get; }

    /// <summary>A greeting or sign-off with at most two other words, such as a name ("Hi team,", "Thanks in advance!", "Best, Anna").</summary>
    public bool IsPleasantry =>
        GreetingWords > 0
        && (Cues & ~(Cue.Greeting | Cue.Ask)) == 0
        && Tokens.Count - GreetingWords <= 2;

    public int Count(Cue cue) => _cueCounts is null ? 0 : _cueCounts[Array.IndexOf(CueNames.Single, cue)];
}
