using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>The customer's tone: a label and a score from -1 (very negative) to 1 (very positive).</summary>
/// <remarks>The default value is neutral with score 0. This type is immutable and thread-safe.</remarks>
public readonly record struct Sentiment
{
    /// <summary>Creates a sentiment.</summary>
    /// <param name="label">The label.</param>
    /// <param name="score">The score from -1 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside -1..1 or NaN.</exception>
    public Sentiment(SentimentLabel label, double score)
    {
        Label = label;
        Score = Guard.InRange(score, -1, 1);
    }

    /// <summary>Neutral, score 0.</summary>
    public static Sentiment Neutral => new(SentimentLabel.Neutral, 0);

    /// <summary>The label.</summary>
    public SentimentLabel Label { get; }

    /// <summary>The score from -1 (very negative) to 1 (very positive).</summary>
    public double Score { get; }
}
