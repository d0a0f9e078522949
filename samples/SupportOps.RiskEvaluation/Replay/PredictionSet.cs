namespace SupportOps.RiskEvaluation.Replay;

/// <summary>Predictions of the three predictors for a set of evaluation points, with the outcomes.</summary>
public sealed class PredictionSet
{
    /// <summary>Gets the forecaster's breach probabilities.</summary>
    public List<double> Forecast { get; } = [];

    /// <summary>Gets the risk scores (0..100).</summary>
    public List<double> Risk { get; } = [];

    /// <summary>Gets the time-only baseline: the share of the target's business time already used.</summary>
    public List<double> TimeOnly { get; } = [];

    /// <summary>Gets whether each timer breached.</summary>
    public List<bool> Breached { get; } = [];

    /// <summary>Gets the number of points.</summary>
    public int Count => Breached.Count;

    /// <summary>Adds one point.</summary>
    /// <param name="forecast">The breach probability.</param>
    /// <param name="risk">The risk score.</param>
    /// <param name="timeOnly">The elapsed share of the target.</param>
    /// <param name="breached">The outcome.</param>
    public void Add(double forecast, double risk, double timeOnly, bool breached)
    {
        Forecast.Add(forecast);
        Risk.Add(risk);
        TimeOnly.Add(timeOnly);
        Breached.Add(breached);
    }
}
