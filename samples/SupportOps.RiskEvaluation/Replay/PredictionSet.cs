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

    /// <summary>Gets the queue position (tickets ahead) behind each forecast.</summary>
    public List<int> Ahead { get; } = [];

    /// <summary>Gets the measured service rate (per business hour) behind each forecast.</summary>
    public List<double> Rate { get; } = [];

    /// <summary>Gets the number of points.</summary>
    public int Count => Breached.Count;

    /// <summary>Adds one point.</summary>
    /// <param name="forecast">The breach probability.</param>
    /// <param name="risk">The risk score.</param>
    /// <param name="timeOnly">The elapsed share of the target.</param>
    /// <param name="breached">The outcome.</param>
    /// <param name="ahead">The queue position the forecast used.</param>
    /// <param name="rate">The service rate the forecast used.</param>
    public void Add(double forecast, double risk, double timeOnly, bool breached, int ahead, double rate)
    {
        Ahead.Add(ahead);
        Rate.Add(rate);
        Forecast.Add(forecast);
        Risk.Add(risk);
        TimeOnly.Add(timeOnly);
        Breached.Add(breached);
    }
}
