namespace SupportOps.RiskModel.Evaluation;

/// <summary>Precision and recall among the k items ranked riskiest.</summary>
/// <param name="K">The number of items flagged (capped at the number of items).</param>
/// <param name="TruePositives">Expected positives among them; fractional when a group of tied scores straddles the cut
/// (each tied item counts as the group's share of positives, the expectation under random tie-breaking).</param>
/// <param name="Positives">Positives among all items.</param>
public readonly record struct PrecisionRecall(int K, double TruePositives, int Positives)
{
    /// <summary>Gets the share of flagged items that are positive; NaN when <see cref="K"/> is 0.</summary>
    public double Precision => K == 0 ? double.NaN : TruePositives / K;

    /// <summary>Gets the share of positives that were flagged; NaN when there are no positives.</summary>
    public double Recall => Positives == 0 ? double.NaN : TruePositives / Positives;
}
