using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Evaluation;

/// <summary>Metrics that say how well scores or probabilities predicted binary outcomes (here: did the timer breach).</summary>
/// <remarks><para>Pure and thread-safe. Scores may be on any scale where higher means riskier; ties are handled
/// exactly (average ranks for AUC, expected counts for precision/recall at k), never by input order.</para></remarks>
public static class EvaluationMetrics
{
    /// <summary>Area under the ROC curve: the probability that a random positive scores above a random negative,
    /// counting ties as one half (Mann–Whitney U with average ranks).</summary>
    /// <param name="scores">One score per item; higher means more likely positive. No NaN.</param>
    /// <param name="labels">One outcome per item.</param>
    /// <returns>The AUC in 0..1; NaN when there are no positives or no negatives.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or a score is NaN.</exception>
    public static double RocAuc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        CheckLengths(scores, labels);
        var n = scores.Length;
        var order = SortedIndices(scores);
        long positives = 0;
        double positiveRankSum = 0;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && scores[order[end]] == scores[order[start]])
            {
                end++;
            }

            // Ranks start..end-1 (1-based: start+1..end) share their average.
            var averageRank = (start + 1 + end) / 2.0;
            for (var i = start; i < end; i++)
            {
                if (labels[order[i]])
                {
                    positives++;
                    positiveRankSum += averageRank;
                }
            }

            start = end;
        }

        long negatives = n - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Brier score: the mean squared difference between the predicted probability and the outcome (0 or 1).
    /// Lower is better; always predicting the base rate p scores p(1 − p).</summary>
    /// <param name="probabilities">One probability per item, each in 0..1.</param>
    /// <param name="outcomes">One outcome per item.</param>
    /// <returns>The score in 0..1; NaN when there are no items.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or a probability is outside 0..1.</exception>
    public static double BrierScore(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> outcomes)
    {
        CheckLengths(probabilities, outcomes);
        if (probabilities.Length == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = probabilities[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"probabilities[{i}] must be within 0..1, but was {p}.", nameof(probabilities));
            }

            var error = p - (outcomes[i] ? 1 : 0);
            sum += error * error;
        }

        return sum / probabilities.Length;
    }

    /// <summary>Precision and recall when the <paramref name="k"/> highest-scored items are flagged.</summary>
    /// <param name="scores">One score per item; higher means riskier. No NaN.</param>
    /// <param name="labels">One outcome per item.</param>
    /// <param name="k">How many items to flag; not negative (capped at the number of items).</param>
    /// <returns>The precision and recall; a tied group straddling the cut contributes its expected share of positives.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or a score is NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public static PrecisionRecall PrecisionRecallAtK(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int k)
    {
        CheckLengths(scores, labels);
        Guard.NotNegative(k);
        var n = scores.Length;
        k = Math.Min(k, n);
        var order = SortedIndices(scores);
        var positives = 0;
        foreach (var label in labels)
        {
            positives += label ? 1 : 0;
        }

        double truePositives = 0;
        for (var start = n - 1; start >= 0 && (n - 1 - start) < k;)
        {
            // Walk down from the highest score, one tied group at a time.
            var end = start - 1;
            while (end >= 0 && scores[order[end]] == scores[order[start]])
            {
                end--;
            }

            var groupSize = start - end;
            var groupPositives = 0;
            for (var i = start; i > end; i--)
            {
                groupPositives += labels[order[i]] ? 1 : 0;
            }

            var taken = Math.Min(groupSize, k - (n - 1 - start));
            truePositives += groupPositives * ((double)taken / groupSize);
            start = end;
        }

        return new PrecisionRecall(k, truePositives, positives);
    }

    private static void CheckLengths<T>(ReadOnlySpan<double> values, ReadOnlySpan<T> labels)
    {
        if (values.Length != labels.Length)
        {
            throw new ArgumentException($"scores and labels must have the same length, but have {values.Length} and {labels.Length}.", nameof(labels));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                throw new ArgumentException($"scores[{i}] is NaN.", nameof(values));
            }
        }
    }

    /// <summary>Indices sorted by score ascending.</summary>
    private static int[] SortedIndices(ReadOnlySpan<double> scores)
    {
        var keys = scores.ToArray();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }
}
