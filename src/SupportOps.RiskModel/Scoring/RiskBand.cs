namespace SupportOps.RiskModel.Scoring;

/// <summary>The band a <see cref="RiskScore"/> falls into.</summary>
/// <remarks><para>With the default options: 0 up to (not including) 40 is <see cref="Ok"/>, 40 up to 70 is
/// <see cref="AtRisk"/>, 70 to 100 is <see cref="Critical"/>. Wire values are <c>ok</c>, <c>at_risk</c>, <c>critical</c>.</para></remarks>
public enum RiskBand
{
    /// <summary>Nothing needs attention yet.</summary>
    Ok = 0,

    /// <summary>Likely to need attention soon.</summary>
    AtRisk = 1,

    /// <summary>Needs attention now (every breached timer is at least here with the default options).</summary>
    Critical = 2,
}
