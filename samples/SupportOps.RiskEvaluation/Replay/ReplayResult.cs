using SupportOps.RiskEvaluation.History;
using SupportOps.RiskModel.Evaluation;

namespace SupportOps.RiskEvaluation.Replay;

/// <summary>The metrics of one evaluation scheme (a fixed horizon, or periodic snapshots) for one timer.</summary>
/// <param name="Timer">The timer.</param>
/// <param name="Scheme">"4 h before due", "1 h before due" or "hourly snapshots".</param>
/// <param name="Points">Evaluation points.</param>
/// <param name="Breaches">Points whose timer breached.</param>
/// <param name="AucForecast">ROC AUC of the forecaster.</param>
/// <param name="AucRisk">ROC AUC of the risk score.</param>
/// <param name="AucTimeOnly">ROC AUC of the time-only baseline.</param>
/// <param name="MedianAhead">Median queue position (tickets ahead) the forecasts used.</param>
/// <param name="MedianRate">Median service rate (per business hour) the forecasts used.</param>
/// <param name="MeanForecast">Mean forecast probability (compare with the breach rate for calibration in the large).</param>
/// <param name="BrierForecast">Brier score of the forecaster.</param>
/// <param name="BrierBaseRate">Brier score of always predicting the observed breach rate (in-sample reference).</param>
/// <param name="TopForecast">Precision/recall of the forecaster's top k.</param>
/// <param name="TopRisk">Precision/recall of the risk score's top k.</param>
/// <param name="TopTimeOnly">Precision/recall of the time-only top k (ties counted as expectations).</param>
public sealed record ReplayResult(
    TimerKind Timer,
    string Scheme,
    int Points,
    int Breaches,
    double AucForecast,
    double AucRisk,
    double AucTimeOnly,
    double MedianAhead,
    double MedianRate,
    double MeanForecast,
    double BrierForecast,
    double BrierBaseRate,
    PrecisionRecall TopForecast,
    PrecisionRecall TopRisk,
    PrecisionRecall TopTimeOnly)
{
    /// <summary>Computes the metrics of a prediction set.</summary>
    /// <param name="timer">The timer.</param>
    /// <param name="scheme">The scheme's name.</param>
    /// <param name="set">The predictions and outcomes.</param>
    /// <param name="topShare">The share flagged as top k.</param>
    /// <returns>The metrics.</returns>
    public static ReplayResult From(TimerKind timer, string scheme, PredictionSet set, double topShare)
    {
        ArgumentNullException.ThrowIfNull(set);
        var labels = set.Breached.ToArray();
        var forecast = set.Forecast.ToArray();
        var risk = set.Risk.ToArray();
        var timeOnly = set.TimeOnly.ToArray();
        var breaches = labels.Count(label => label);
        var baseRate = labels.Length == 0 ? 0 : (double)breaches / labels.Length;
        var k = (int)Math.Round(labels.Length * topShare, MidpointRounding.AwayFromZero);
        return new ReplayResult(
            timer,
            scheme,
            labels.Length,
            breaches,
            EvaluationMetrics.RocAuc(forecast, labels),
            EvaluationMetrics.RocAuc(risk, labels),
            EvaluationMetrics.RocAuc(timeOnly, labels),
            Median(set.Ahead.Select(a => (double)a)),
            Median(set.Rate),
            forecast.Length == 0 ? double.NaN : forecast.Average(),
            EvaluationMetrics.BrierScore(forecast, labels),
            EvaluationMetrics.BrierScore(Enumerable.Repeat(baseRate, labels.Length).ToArray(), labels),
            EvaluationMetrics.PrecisionRecallAtK(forecast, labels, k),
            EvaluationMetrics.PrecisionRecallAtK(risk, labels, k),
            EvaluationMetrics.PrecisionRecallAtK(timeOnly, labels, k));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
