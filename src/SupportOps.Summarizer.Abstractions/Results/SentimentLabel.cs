namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>The customer's overall tone. Wire values are snake_case; the default value is <see cref="Neutral"/>.</summary>
public enum SentimentLabel
{
    /// <summary>Frustrated, angry or worried.</summary>
    Negative = -1,

    /// <summary>Matter-of-fact.</summary>
    Neutral = 0,

    /// <summary>Pleased or grateful.</summary>
    Positive = 1,
}
