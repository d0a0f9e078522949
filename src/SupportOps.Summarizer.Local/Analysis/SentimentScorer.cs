using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Local.Data;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>
/// Lexicon-based sentiment of the customer's words (the subject and customer messages), in the manner
/// of VADER: each sentiment phrase scores its lexicon value, multiplied by an intensifier right before
/// it ("very angry"), flipped and damped by a negator up to three words before it ("not happy"), and
/// raised for words in capitals; exclamation marks push a sentence's score further from zero.
/// Greetings and sign-offs ("Thanks, Maria") and repeated sentences are skipped, and older customer
/// messages count less (×0.75 per later customer message, at least ×0.25) so the score reflects the
/// customer's mood now. The sum is normalized to -1..1 as <c>s / sqrt(s² + 15)</c>.
/// </summary>
internal static class SentimentScorer
{
    public const double NegationFactor = -0.74;
    public const double ShoutFactor = 1.3;
    public const double ExclamationBoost = 0.29;
    public const double Alpha = 15;
    public const double LabelThreshold = 0.25;
    public const double RecencyDecay = 0.75;
    public const double MinRecencyWeight = 0.25;

    public static Sentiment Score(TicketDocument document, SummarizerLexicon lexicon)
    {
        var total = 0.0;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Role == ActorKind.Customer && !sentence.IsPleasantry && seen.Add(sentence.Text))
            {
                total += ScoreSentence(sentence, lexicon) * Math.Max(MinRecencyWeight, Math.Pow(RecencyDecay, sentence.CustomerRecency));
            }
        }

        var normalized = Math.Round(total / Math.Sqrt((total * total) + Alpha), 3);
        var label = normalized >= LabelThreshold ? SentimentLabel.Positive
            : normalized <= -LabelThreshold ? SentimentLabel.Negative
            : SentimentLabel.Neutral;
        return new Sentiment(label, Math.Clamp(normalized, -1, 1));
    }

    internal static double ScoreSentence(Sentence sentence, SummarizerLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        var score = 0.0;
        for (var i = 0; i < tokens.Count;)
        {
            if (!lexicon.SentimentWords.TryMatch(tokens, i, out var value, out var length))
            {
                i++;
                continue;
            }

            value *= Intensity(sentence, i, lexicon);
            if (IsNegated(sentence, i, lexicon))
            {
                value *= NegationFactor;
            }

            if (tokens[i].IsShouted)
            {
                value *= ShoutFactor;
            }

            score += value;
            i += length;
        }

        if (score != 0)
        {
            score += Math.Sign(score) * ExclamationBoost * Math.Min(sentence.Exclamations, 3);
        }

        return score;
    }

    private static double Intensity(Sentence sentence, int index, SummarizerLexicon lexicon)
    {
        var tokens = sentence.Tokens;
        for (var start = Math.Max(0, index - 2); start < index; start++)
        {
            if (lexicon.Intensifiers.TryMatch(tokens, start, out var factor, out var length) && start + length == index)
            {
                return factor;
            }
        }

        return 1;
    }

    private static bool IsNegated(Sentence sentence, int index, SummarizerLexicon lexicon)
    {
        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            if (lexicon.Negators.Contains(sentence.Tokens[k].Value))
            {
                return true;
            }
        }

        return false;
    }
}
