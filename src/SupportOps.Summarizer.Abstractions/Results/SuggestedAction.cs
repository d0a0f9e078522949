using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>A suggested next step with the reason for it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SuggestedAction
{
    /// <summary>Creates a suggestion.</summary>
    /// <param name="action">The step.</param>
    /// <param name="rationale">Why, in one sentence. Must not be null or white space.</param>
    /// <param name="confidence">How strongly it is suggested, from 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rationale"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rationale"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside 0..1.</exception>
    public SuggestedAction(NextAction action, string rationale, double confidence)
    {
        Action = action;
        Rationale = Guard.NotNullOrWhiteSpace(rationale);
        Confidence = Guard.InRange(confidence, 0, 1);
    }

    /// <summary>The step.</summary>
    public NextAction Action { get; }

    /// <summary>Why, in one sentence.</summary>
    public string Rationale { get; }

    /// <summary>How strongly it is suggested, from 0 to 1.</summary>
    public double Confidence { get; }
}
