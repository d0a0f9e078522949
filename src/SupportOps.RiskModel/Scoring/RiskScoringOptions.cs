using Microsoft.Extensions.Options;

namespace SupportOps.RiskModel.Scoring;

/// <summary>Every weight and threshold of the risk score. The defaults are the v1 policy.</summary>
/// <remarks>
/// <para>Weights are points on the 0..100 scale and must be finite and not negative; the two pausing statuses are
/// expressed as <em>reductions</em> (positive numbers that are subtracted). Thresholds on load and backlog are
/// fractions in 0..1; each ramp runs linearly from its threshold (0 points) to its saturation (full weight) and stays
/// flat above it. Band edges satisfy 0 &lt; <see cref="AtRiskFrom"/> &lt; <see cref="CriticalFrom"/> &lt;= 100.</para>
/// <para>The <see cref="RiskScorer"/> copies the values when it is built; changing the object later does not affect it.</para>
/// </remarks>
public sealed class RiskScoringOptions
{
    /// <summary>The configuration section that <c>AddRiskModel</c> binds by default: <c>SupportOps:RiskModel</c>.</summary>
    public const string DefaultSectionName = "SupportOps:RiskModel";

    /// <summary>Gets or sets the points for a fully elapsed SLA target (the base is this × clamp01(1 − remaining / target)).</summary>
    /// <value>The default value is 70.</value>
    public double SlaTimeWeight { get; set; } = 70;

    /// <summary>Gets or sets the score a breached timer is lifted to at least.</summary>
    /// <value>The default value is 90.</value>
    public double BreachedFloor { get; set; } = 90;

    /// <summary>Gets or sets the points for an assignee loaded at or above <see cref="AgentLoadSaturation"/>.</summary>
    /// <value>The default value is 15.</value>
    public double AgentLoadWeight { get; set; } = 15;

    /// <summary>Gets or sets the assignee load (fraction of capacity) above which points start to accrue.</summary>
    /// <value>The default value is 0.8.</value>
    public double AgentLoadThreshold { get; set; } = 0.8;

    /// <summary>Gets or sets the assignee load at which the full <see cref="AgentLoadWeight"/> applies.</summary>
    /// <value>The default value is 1.0.</value>
    public double AgentLoadSaturation { get; set; } = 1.0;

    /// <summary>Gets or sets the points for a queue backlog at or above <see cref="BacklogSaturation"/>.</summary>
    /// <value>The default value is 10.</value>
    public double BacklogWeight { get; set; } = 10;

    /// <summary>Gets or sets the queue backlog (fraction) above which points start to accrue.</summary>
    /// <value>The default value is 0.7.</value>
    public double BacklogThreshold { get; set; } = 0.7;

    /// <summary>Gets or sets the queue backlog at which the full <see cref="BacklogWeight"/> applies.</summary>
    /// <value>The default value is 1.0.</value>
    public double BacklogSaturation { get; set; } = 1.0;

    /// <summary>Gets or sets the points for a ticket nobody owns.</summary>
    /// <value>The default value is 8.</value>
    public double UnassignedWeight { get; set; } = 8;

    /// <summary>Gets or sets the points for the live chat channel.</summary>
    /// <value>The default value is 6.</value>
    public double LiveChatWeight { get; set; } = 6;

    /// <summary>Gets or sets the points for the social channel.</summary>
    /// <value>The default value is 4.</value>
    public double SocialWeight { get; set; } = 4;

    /// <summary>Gets or sets the points subtracted while the ticket is pending the customer.</summary>
    /// <value>The default value is 10.</value>
    public double PendingCustomerReduction { get; set; } = 10;

    /// <summary>Gets or sets the points subtracted while the ticket is on hold.</summary>
    /// <value>The default value is 15.</value>
    public double OnHoldReduction { get; set; } = 15;

    /// <summary>Gets or sets the points for priority P0.</summary>
    /// <value>The default value is 8.</value>
    public double PriorityP0Weight { get; set; } = 8;

    /// <summary>Gets or sets the points for priority P1.</summary>
    /// <value>The default value is 4.</value>
    public double PriorityP1Weight { get; set; } = 4;

    /// <summary>Gets or sets the lowest score in the <see cref="RiskBand.AtRisk"/> band.</summary>
    /// <value>The default value is 40.</value>
    public double AtRiskFrom { get; set; } = 40;

    /// <summary>Gets or sets the lowest score in the <see cref="RiskBand.Critical"/> band.</summary>
    /// <value>The default value is 70.</value>
    public double CriticalFrom { get; set; } = 70;

    /// <summary>Gets or sets how many factors are reported as reasons besides <see cref="RiskReason.AlreadyBreached"/> (1 to 4).</summary>
    /// <value>The default value is 4.</value>
    public int MaxReasons { get; set; } = 4;

    /// <summary>Throws when any option is invalid.</summary>
    /// <exception cref="OptionsValidationException">One or more options are invalid; the message names each of them
    /// and its value.</exception>
    public void Validate()
    {
        var failures = GetValidationFailures();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(RiskScoringOptions), failures);
        }
    }

    internal List<string> GetValidationFailures()
    {
        var failures = new List<string>();
        Weight(failures, SlaTimeWeight, nameof(SlaTimeWeight));
        Weight(failures, AgentLoadWeight, nameof(AgentLoadWeight));
        Weight(failures, BacklogWeight, nameof(BacklogWeight));
        Weight(failures, UnassignedWeight, nameof(UnassignedWeight));
        Weight(failures, LiveChatWeight, nameof(LiveChatWeight));
        Weight(failures, SocialWeight, nameof(SocialWeight));
        Weight(failures, PendingCustomerReduction, nameof(PendingCustomerReduction));
        Weight(failures, OnHoldReduction, nameof(OnHoldReduction));
        Weight(failures, PriorityP0Weight, nameof(PriorityP0Weight));
        Weight(failures, PriorityP1Weight, nameof(PriorityP1Weight));
        Ramp(failures, AgentLoadThreshold, AgentLoadSaturation, nameof(AgentLoadThreshold), nameof(AgentLoadSaturation));
        Ramp(failures, BacklogThreshold, BacklogSaturation, nameof(BacklogThreshold), nameof(BacklogSaturation));

        if (!(BreachedFloor >= 0 && BreachedFloor <= 100))
        {
            failures.Add($"{nameof(BreachedFloor)} must be within 0..100, but was {BreachedFloor}.");
        }

        if (!(AtRiskFrom > 0 && AtRiskFrom <= 100))
        {
            failures.Add($"{nameof(AtRiskFrom)} must be within (0, 100], but was {AtRiskFrom}.");
        }

        if (!(CriticalFrom > 0 && CriticalFrom <= 100))
        {
            failures.Add($"{nameof(CriticalFrom)} must be within (0, 100], but was {CriticalFrom}.");
        }

        if (!(AtRiskFrom < CriticalFrom))
        {
            failures.Add($"Band edges out of order: {nameof(AtRiskFrom)} ({AtRiskFrom}) must be below {nameof(CriticalFrom)} ({CriticalFrom}).");
        }

        if (MaxReasons is < 1 or > 4)
        {
            failures.Add($"{nameof(MaxReasons)} must be within 1..4, but was {MaxReasons}.");
        }

        return failures;
    }

    private static void Weight(List<string> failures, double value, string name)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            failures.Add($"{name} must be a finite number >= 0, but was {value}.");
        }
    }

    private static void Ramp(List<string> failures, double threshold, double saturation, string thresholdName, string saturationName)
    {
        if (!(threshold >= 0 && threshold <= 1))
        {
            failures.Add($"{thresholdName} is a fraction and must be within 0..1, but was {threshold}.");
        }

        if (!(double.IsFinite(saturation) && saturation > threshold))
        {
            failures.Add($"{saturationName} must be finite and above {thresholdName} ({threshold}), but was {saturation}.");
        }
    }
}
