namespace SupportOps.Summarizer.Abstractions.Validation;

/// <summary>The limits every <see cref="Results.SummaryResult"/> keeps, whoever produced it.</summary>
public static class SummaryContract
{
    /// <summary>The most sentences a summary may have, as <see cref="Text.SentenceSplitter"/> counts them: 3.</summary>
    public const int MaxSummarySentences = 3;

    /// <summary>The longest a summary may be, in characters: 800.</summary>
    public const int MaxSummaryLength = 800;

    /// <summary>The fewest next actions a result suggests: 2.</summary>
    public const int MinNextActions = 2;

    /// <summary>The most next actions a result suggests: 4.</summary>
    public const int MaxNextActions = 4;

    /// <summary>The most key entities a result lists: 25.</summary>
    public const int MaxEntities = 25;
}
