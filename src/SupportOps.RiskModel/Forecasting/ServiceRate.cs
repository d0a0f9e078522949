using NodaTime;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Forecasting;

/// <summary>A queue's measured service rate: completions per business hour over a window of business time.</summary>
/// <remarks>
/// <para><see cref="Unknown"/> (also <c>default(ServiceRate)</c>) means nothing was measured; a measured window with no
/// completions has rate 0. The forecaster treats both as "nobody is serving this queue" and explains which one it was.</para>
/// </remarks>
public readonly record struct ServiceRate
{
    private ServiceRate(double perBusinessHour, int completions, Duration businessWindow)
    {
        PerBusinessHour = perBusinessHour;
        Completions = completions;
        BusinessWindow = businessWindow;
        IsKnown = true;
    }

    /// <summary>Gets a rate that was not measured.</summary>
    public static ServiceRate Unknown => default;

    /// <summary>Gets the completions per business hour; 0 when none were seen or the rate is unknown.</summary>
    public double PerBusinessHour { get; }

    /// <summary>Gets the number of completions measured (0 when given directly by <see cref="FromPerBusinessHour"/>).</summary>
    public int Completions { get; }

    /// <summary>Gets the business time the rate was measured over (zero when unknown or given directly).</summary>
    public Duration BusinessWindow { get; }

    /// <summary>Gets a value indicating whether a rate was measured or given.</summary>
    public bool IsKnown { get; }

    /// <summary>Creates a rate from completions counted over a window of business time.</summary>
    /// <param name="completions">Completions in the window; not negative.</param>
    /// <param name="businessWindow">Business time in the window; positive.</param>
    /// <returns>The rate <paramref name="completions"/> / hours of <paramref name="businessWindow"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completions"/> is negative or <paramref name="businessWindow"/> is not positive.</exception>
    public static ServiceRate FromCompletions(int completions, Duration businessWindow)
    {
        Guard.NotNegative(completions);
        Guard.Positive(businessWindow);
        return new ServiceRate(completions / businessWindow.TotalHours, completions, businessWindow);
    }

    /// <summary>Creates a rate given directly, e.g. from a staffing plan.</summary>
    /// <param name="perBusinessHour">Completions per business hour; finite and not negative.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perBusinessHour"/> is negative, NaN or infinite.</exception>
    public static ServiceRate FromPerBusinessHour(double perBusinessHour)
        => new(Guard.NotNegativeFinite(perBusinessHour), 0, Duration.Zero);
}
