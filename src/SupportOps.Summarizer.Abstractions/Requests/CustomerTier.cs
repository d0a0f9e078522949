namespace SupportOps.Summarizer.Abstractions.Requests;

/// <summary>The customer's plan. Wire values are snake_case.</summary>
public enum CustomerTier
{
    /// <summary>A free plan.</summary>
    Free,

    /// <summary>The standard paid plan.</summary>
    Standard,

    /// <summary>The premium plan.</summary>
    Premium,

    /// <summary>An enterprise contract.</summary>
    Enterprise,
}
