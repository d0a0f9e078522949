namespace SupportOps.Analytics;

/// <summary>Thresholds for flags and risks in the analytics and the health report.</summary>
/// <remarks><para>Mutable for configuration binding; call <see cref="Validate"/> (the report builder does) before use.</para></remarks>
public sealed class AnalyticsOptions
{
    /// <summary>The configuration section <c>AddAnalytics</c> binds by default.</summary>
    public const string DefaultSectionName = "Analytics";

    /// <summary>Gets or sets the relative change that flags a count or duration KPI, as a fraction of the previous value.</summary>
    /// <value>The default value is 0.2 (20 %).</value>
    public double RelativeChangeThreshold { get; set; } = 0.2;

    /// <summary>Gets or sets the change in percentage points that flags a percent KPI (rates, attainment, CSAT).</summary>
    /// <value>The default value is 5 points.</value>
    public double PercentPointThreshold { get; set; } = 5;

    /// <summary>Gets per-KPI thresholds by KPI id, overriding the two above (a fraction for counts and durations, points for percents).</summary>
    /// <value>The default value is empty.</value>
    public IDictionary<string, double> Thresholds { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Gets or sets the utilization at or above which an agent counts as overloaded.</summary>
    /// <value>The default value is 1.0 (carrying the full capacity).</value>
    public double OverloadUtilization { get; set; } = 1.0;

    /// <summary>Gets or sets the SLA attainment target in percent; a timer below it is a risk.</summary>
    /// <value>The default value is 90.</value>
    public double AttainmentTargetPercent { get; set; } = 90;

    /// <summary>Gets or sets how many risks of each kind the report lists.</summary>
    /// <value>The default value is 5.</value>
    public int TopRisks { get; set; } = 5;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names the option and its value.</exception>
    public void Validate()
    {
        Check(RelativeChangeThreshold > 0 && double.IsFinite(RelativeChangeThreshold), nameof(RelativeChangeThreshold), RelativeChangeThreshold, "must be positive");
        Check(PercentPointThreshold > 0 && double.IsFinite(PercentPointThreshold), nameof(PercentPointThreshold), PercentPointThreshold, "must be positive");
        Check(OverloadUtilization > 0 && double.IsFinite(OverloadUtilization), nameof(OverloadUtilization), OverloadUtilization, "must be positive");
        Check(AttainmentTargetPercent is > 0 and <= 100, nameof(AttainmentTargetPercent), AttainmentTargetPercent, "must be in (0, 100]");
        Check(TopRisks >= 0, nameof(TopRisks), TopRisks, "must not be negative");
        foreach (var (id, value) in Thresholds)
        {
            Check(value > 0 && double.IsFinite(value), $"Thresholds[{id}]", value, "must be positive");
        }
    }

    private static void Check(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"AnalyticsOptions.{name} {rule}, but was {value}.");
        }
    }
}
