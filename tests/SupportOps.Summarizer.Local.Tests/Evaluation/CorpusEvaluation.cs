using System.Globalization;
using System.Text;
using NodaTime;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Wire;

namespace SupportOps.Summarizer.Local.Tests.Evaluation;

/// <summary>Scores a summarizer against the labelled corpus: entity precision and recall, label accuracies, per category.</summary>
public sealed class CorpusEvaluation
{
    private CorpusEvaluation(IReadOnlyList<TicketScore> tickets)
    {
        Tickets = tickets;
        Overall = Score.Of(tickets);
    }

    public IReadOnlyList<TicketScore> Tickets { get; }

    public Score Overall { get; }

    public static CorpusEvaluation Run(LocalSummarizer summarizer, IReadOnlyList<LabelledTicket> corpus)
    {
        var now = Instant.FromUtc(2026, 11, 27, 12, 0);
        var scores = corpus.Select(ticket =>
        {
            var result = summarizer.Summarize(ticket.ToRequest(), now);
            var expected = ticket.Expected.Entities
                .Select(entity => (LabelledTicket.Parse<EntityType>(entity.Type), entity.Value.ToUpperInvariant()))
                .ToHashSet();
            var actual = result.Entities.Select(entity => (entity.Type, entity.Value.ToUpperInvariant())).ToHashSet();
            return new TicketScore(
                ticket,
                result,
                TruePositives: actual.Count(expected.Contains),
                Predicted: actual.Count,
                Expected: expected.Count,
                ResponseTypeCorrect: result.ResponseType == ticket.Expected.ResponseTypeValue,
                EscalationCorrect: result.EscalationReason == ticket.Expected.EscalationReasonValue,
                SentimentCorrect: result.Sentiment.Label == ticket.Expected.SentimentValue,
                Missed: [.. expected.Except(actual).Select(Describe)],
                Spurious: [.. actual.Except(expected).Select(Describe)]);
        }).ToList();
        return new CorpusEvaluation(scores);
    }

    /// <summary>The numbers as a Markdown table, overall and per category, plus every miss.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Category | Tickets | Entity precision | Entity recall | Response type | Escalation reason | Sentiment |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var group in Tickets.GroupBy(ticket => ticket.Ticket.Category).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            Row(text, group.Key, Score.Of([.. group]));
        }

        Row(text, "**all**", Overall);
        text.AppendLine();
        foreach (var ticket in Tickets.Where(ticket => !ticket.IsPerfect))
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{ticket.Ticket.Id}`:");
            if (!ticket.ResponseTypeCorrect)
            {
                text.Append(CultureInfo.InvariantCulture, $" response {WireNames.Of(ticket.Result.ResponseType)} (expected {ticket.Ticket.Expected.ResponseType});");
            }

            if (!ticket.EscalationCorrect)
            {
                text.Append(CultureInfo.InvariantCulture, $" escalation {(ticket.Result.EscalationReason is { } reason ? WireNames.Of(reason) : "none")} (expected {ticket.Ticket.Expected.EscalationReason ?? "none"});");
            }

            if (!ticket.SentimentCorrect)
            {
                text.Append(CultureInfo.InvariantCulture, $" sentiment {WireNames.Of(ticket.Result.Sentiment.Label)} {ticket.Result.Sentiment.Score} (expected {ticket.Ticket.Expected.Sentiment});");
            }

            if (ticket.Missed.Count > 0)
            {
                text.Append(" missed ").Append(string.Join(", ", ticket.Missed)).Append(';');
            }

            if (ticket.Spurious.Count > 0)
            {
                text.Append(" spurious ").Append(string.Join(", ", ticket.Spurious)).Append(';');
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, Score score) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {score.Tickets} | {score.Precision:P1} | {score.Recall:P1} | {score.ResponseTypeAccuracy:P1} | {score.EscalationAccuracy:P1} | {score.SentimentAccuracy:P1} |");

    private static string Describe((EntityType Type, string Value) entity) => $"{WireNames.Of(entity.Type)}={entity.Value}";

    public sealed record TicketScore(
        LabelledTicket Ticket,
        SummaryResult Result,
        int TruePositives,
        int Predicted,
        int Expected,
        bool ResponseTypeCorrect,
        bool EscalationCorrect,
        bool SentimentCorrect,
        IReadOnlyList<string> Missed,
        IReadOnlyList<string> Spurious)
    {
        public bool IsPerfect => ResponseTypeCorrect && EscalationCorrect && SentimentCorrect && Missed.Count == 0 && Spurious.Count == 0;
    }

    public sealed record Score(int Tickets, double Precision, double Recall, double ResponseTypeAccuracy, double EscalationAccuracy, double SentimentAccuracy)
    {
        public static Score Of(IReadOnlyList<TicketScore> tickets)
        {
            var truePositives = tickets.Sum(ticket => ticket.TruePositives);
            var predicted = tickets.Sum(ticket => ticket.Predicted);
            var expected = tickets.Sum(ticket => ticket.Expected);
            return new Score(
                tickets.Count,
                predicted == 0 ? 1 : (double)truePositives / predicted,
                expected == 0 ? 1 : (double)truePositives / expected,
                (double)tickets.Count(ticket => ticket.ResponseTypeCorrect) / tickets.Count,
                (double)tickets.Count(ticket => ticket.EscalationCorrect) / tickets.Count,
                (double)tickets.Count(ticket => ticket.SentimentCorrect) / tickets.Count);
        }
    }
}
