namespace SupportOps.RiskModel.Forecasting;

/// <summary>Which rule produced a <see cref="BreachForecast"/>.</summary>
public enum ForecastModel
{
    /// <summary>Poisson service at the measured rate: the ticket is served at the (k + 1)-th completion, so the
    /// probability of breach is P(N(R) ≤ k) with N(R) ~ Poisson(rate × R).</summary>
    PoissonQueue = 0,

    /// <summary>The timer has no business time left: it breaches for certain (probability 1).</summary>
    AlreadyDue = 1,

    /// <summary>The queue's rate is zero or unknown: nobody will serve the ticket in time (probability 1, no expected instant).</summary>
    NoServiceRate = 2,
}
