using SupportOps.RiskModel.Evaluation;

namespace SupportOps.RiskModel.Tests.Evaluation;

public sealed class EvaluationMetricsTests
{
    [Fact]
    public void RocAuc_PerfectRanking_IsOne()
    {
        Assert.Equal(1.0, EvaluationMetrics.RocAuc([0.1, 0.2, 0.8, 0.9], [false, false, true, true]));
    }

    [Fact]
    public void RocAuc_ReversedRanking_IsZero()
    {
        Assert.Equal(0.0, EvaluationMetrics.RocAuc([0.9, 0.8, 0.2, 0.1], [false, false, true, true]));
    }

    [Fact]
    public void RocAuc_WithTies_CountsTiedPairsAsHalf()
    {
        // Positives: 0.8, 0.5; negatives: 0.5, 0.3, 0.1.
        // Pairs (pos > neg): 0.8 beats all 3; 0.5 ties 0.5 (1/2) and beats 0.3, 0.1 -> 3 + 2.5 = 5.5 of 6.
        var auc = EvaluationMetrics.RocAuc([0.5, 0.8, 0.1, 0.5, 0.3], [true, true, false, false, false]);

        Assert.Equal(5.5 / 6, auc, 15);
    }

    [Fact]
    public void RocAuc_AllScoresTied_IsOneHalf()
    {
        Assert.Equal(0.5, EvaluationMetrics.RocAuc([3.0, 3.0, 3.0, 3.0, 3.0], [true, false, false, true, false]));
    }

    [Fact]
    public void RocAuc_SingleClass_IsNaN()
    {
        Assert.True(double.IsNaN(EvaluationMetrics.RocAuc([0.1, 0.2], [true, true])));
    }

    [Fact]
    public void RocAuc_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => EvaluationMetrics.RocAuc([0.1, 0.2], [true]));
    }

    [Fact]
    public void BrierScore_HandComputed()
    {
        // (0.9-1)^2 + (0.2-0)^2 + (0.6-1)^2 + (0-0)^2 = 0.01 + 0.04 + 0.16 + 0 = 0.21; / 4 = 0.0525
        var brier = EvaluationMetrics.BrierScore([0.9, 0.2, 0.6, 0.0], [true, false, true, false]);

        Assert.Equal(0.0525, brier, 15);
    }

    [Fact]
    public void BrierScore_BaseRate_IsPTimesOneMinusP()
    {
        Assert.Equal(0.25 * 0.75, EvaluationMetrics.BrierScore([0.25, 0.25, 0.25, 0.25], [true, false, false, false]), 15);
    }

    [Fact]
    public void BrierScore_ProbabilityOutOfRange_ThrowsNamingTheItem()
    {
        var error = Assert.Throws<ArgumentException>(() => EvaluationMetrics.BrierScore([0.5, 1.5], [true, false]));

        Assert.Contains("probabilities[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrecisionRecallAtK_HandComputed()
    {
        // Ranked: 0.9 (T), 0.8 (F), 0.7 (T), 0.4 (F), 0.2 (T). Top 3 hold 2 of 3 positives.
        var result = EvaluationMetrics.PrecisionRecallAtK([0.2, 0.9, 0.4, 0.7, 0.8], [true, true, false, true, false], 3);

        Assert.Equal(new PrecisionRecall(3, 2, 3), result);
        Assert.Equal(2.0 / 3, result.Precision, 15);
        Assert.Equal(2.0 / 3, result.Recall, 15);
    }

    [Fact]
    public void PrecisionRecallAtK_TieStraddlesTheCut_CountsExpectedShare()
    {
        // Ranked: 0.9 (T), then four tied at 0.5 holding 1 positive; k = 3 takes 2 of the 4 tied -> 0.5 expected positive.
        var result = EvaluationMetrics.PrecisionRecallAtK([0.5, 0.9, 0.5, 0.5, 0.5], [false, true, true, false, false], 3);

        Assert.Equal(1.5, result.TruePositives, 15);
        Assert.Equal(0.5, result.Precision, 15);
        Assert.Equal(0.75, result.Recall, 15);
    }

    [Fact]
    public void PrecisionRecallAtK_AllTied_EqualsBaseRate()
    {
        var result = EvaluationMetrics.PrecisionRecallAtK([1.0, 1.0, 1.0, 1.0], [true, false, false, false], 2);

        Assert.Equal(0.25, result.Precision, 15);
        Assert.Equal(0.5, result.Recall, 15);
    }

    [Fact]
    public void PrecisionRecallAtK_KLargerThanCount_IsCapped()
    {
        var result = EvaluationMetrics.PrecisionRecallAtK([0.3, 0.1], [true, false], 10);

        Assert.Equal(new PrecisionRecall(2, 1, 1), result);
    }

    [Fact]
    public void PrecisionRecallAtK_NegativeK_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationMetrics.PrecisionRecallAtK([0.3], [true], -1));
    }
}
