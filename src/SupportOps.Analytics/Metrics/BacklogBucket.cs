namespace SupportOps.Analytics.Metrics;

/// <summary>The age bucket of an open ticket: calendar time from creation to the period's end.</summary>
public enum BacklogBucket
{
    /// <summary>Younger than 4 hours.</summary>
    UpTo4Hours,

    /// <summary>4 hours or older, younger than 24 hours.</summary>
    From4To24Hours,

    /// <summary>1 day or older, younger than 3 days.</summary>
    From1To3Days,

    /// <summary>3 days or older, younger than 7 days.</summary>
    From3To7Days,

    /// <summary>7 days or older.</summary>
    Over7Days,
}
