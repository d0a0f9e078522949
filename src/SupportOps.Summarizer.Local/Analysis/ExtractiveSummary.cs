using System.Text;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Text;
using SupportOps.Summarizer.Abstractions.Validation;
using SupportOps.Summarizer.Local.Data;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>
/// Picks the sentences that carry the problem and the ask. Each body sentence scores for problem cues
/// (2 each), ask cues (1.5 each), other topic cues (0.5 each, at most 3), words with digits such as ids
/// and codes (0.5 each, at most 2), being the customer's first sentence (+1) or in the customer's latest
/// message (+0.5); it is scaled by who wrote it (customer 1, agent 0.6, others 0.2) and by length (under
/// four words 0.5, over forty 0.7). Greetings and sign-offs, and repeats, are skipped. The best three, in
/// their original order, form the summary; each is cut to 220 characters at a word boundary.
/// </summary>
internal static class ExtractiveSummary
{
    public const int MaxSentenceLength = 220;

    private const Cue TopicCues = Cue.Billing | Cue.Troubleshooting | Cue.Informational | Cue.Security | Cue.Outage | Cue.PaymentFailure | Cue.Refund | Cue.EscalationRequest;

    public static string Build(TicketDocument document)
    {
        var candidates = new List<(Sentence Sentence, double Score)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstCustomerSentence = document.Sentences.FirstOrDefault(sentence => !sentence.IsSubject && sentence.Role == ActorKind.Customer && !sentence.IsPleasantry);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsSubject || sentence.Tokens.Count == 0 || sentence.IsPleasantry || !seen.Add(sentence.Text))
            {
                continue;
            }

            candidates.Add((sentence, Score(sentence, ReferenceEquals(sentence, firstCustomerSentence))));
        }

        // The best sentences (ties to the earlier one), then in their original order. Orders are unique.
        candidates.RemoveAll(candidate => candidate.Score <= 0);
        candidates.Sort(static (left, right) =>
            left.Score != right.Score ? right.Score.CompareTo(left.Score) : left.Sentence.Order.CompareTo(right.Sentence.Order));
        var best = candidates.Take(SummaryContract.MaxSummarySentences).Select(candidate => candidate.Sentence).ToList();
        best.Sort(static (left, right) => left.Order.CompareTo(right.Order));
        var chosen = best.ConvertAll(sentence => Finish(sentence.Text));

        if (chosen.Count == 0)
        {
            var subject = SentenceSplitter.Split(document.Subject);
            return subject.Count > 0
                ? Finish(subject[0]) + " The messages carry no further text."
                : "The ticket has no subject and no message text.";
        }

        // Joined sentences can only merge when re-split (a trailing abbreviation), never split further;
        // the guard keeps the contract even if the splitter's rules change.
        var summary = string.Join(' ', chosen);
        var sentences = SentenceSplitter.Split(summary);
        return sentences.Count <= SummaryContract.MaxSummarySentences ? summary : string.Join(' ', sentences.Take(SummaryContract.MaxSummarySentences));
    }

    internal static double Score(Sentence sentence, bool isFirstCustomerSentence)
    {
        var score = (2.0 * sentence.Count(Cue.Problem)) + (1.5 * sentence.Count(Cue.Ask));
        var topics = 0;
        foreach (var cue in CueNames.Single)
        {
            if ((cue & TopicCues) != 0)
            {
                topics += sentence.Count(cue);
            }
        }

        score += 0.5 * Math.Min(topics, 3);
        var withDigits = 0;
        foreach (var token in sentence.Tokens)
        {
            if (token.Value.AsSpan().ContainsAnyInRange('0', '9') && ++withDigits == 2)
            {
                break;
            }
        }

        score += 0.5 * withDigits;
        if (isFirstCustomerSentence)
        {
            score += 1;
        }

        if (sentence.IsInLatestCustomerMessage)
        {
            score += 0.5;
        }

        score *= sentence.Role switch
        {
            ActorKind.Customer => 1.0,
            ActorKind.Agent => 0.6,
            _ => 0.2,
        };

        var words = sentence.Tokens.Count;
        return words < 4 ? score * 0.5 : words > 40 ? score * 0.7 : score;
    }

    private static string Finish(string sentence)
    {
        var text = sentence.Length <= MaxSentenceLength ? sentence : Cut(sentence);
        return text[^1] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' ? text : text + ".";
    }

    private static string Cut(string sentence)
    {
        var cut = sentence.LastIndexOf(' ', MaxSentenceLength - 1);
        var builder = new StringBuilder(sentence, 0, cut > MaxSentenceLength / 2 ? cut : MaxSentenceLength - 1, MaxSentenceLength + 1);
        return builder.ToString().TrimEnd(',', ';', ':', '-', ' ') + "…";
    }
}
