using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Requests;

/// <summary>How close a ticket is to breaching its SLA, as computed by the SLA engine or risk model.</summary>
/// <remarks>The default value is a score of 0, not breached. This type is immutable and thread-safe.</remarks>
public readonly record struct SlaRisk
{
    /// <summary>The highest score.</summary>
    public const int MaxScore = 100;

    /// <summary>Creates a risk value.</summary>
    /// <param name="score">The risk score from 0 (no risk) to 100 (certain breach).</param>
    /// <param name="breached">Whether a target has already been breached.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 0..100.</exception>
    public SlaRisk(int score, bool breached)
    {
        Score = Guard.InRange(score, 0, MaxScore);
        Breached = breached;
    }

    /// <summary>No risk: score 0, not breached.</summary>
    public static SlaRisk None => default;

    /// <summary>The risk score from 0 (no risk) to 100 (certain breach).</summary>
    public int Score { get; }

    /// <summary>Whether an SLA target has already been breached.</summary>
    public bool Breached { get; }
}
