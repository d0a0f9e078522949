using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Validation;
using SupportOps.Summarizer.Local.Data;

namespace SupportOps.Summarizer.Local;

/// <summary>Settings of the <see cref="LocalSummarizer"/>.</summary>
/// <remarks>Validated when the summarizer is created (and on start when registered with <see cref="LocalSummarizerServiceCollectionExtensions.AddLocalSummarizer"/>).</remarks>
public sealed class LocalSummarizerOptions
{
    /// <summary>How many of the most recent messages are read and hashed.</summary>
    /// <value>The default value is 20. Must be at least 1.</value>
    public int MaxMessages { get; set; } = SummaryRequestCanonicalizer.DefaultMaxMessages;

    /// <summary>The SLA risk score from which <c>sla_risk</c> is suggested as escalation reason.</summary>
    /// <value>The default value is 75. Must be between 0 and 100. A breached SLA always counts.</value>
    public int SlaRiskThreshold { get; set; } = 75;

    /// <summary>The most entities a result lists.</summary>
    /// <value>The default value is 15. Must be between 0 and <see cref="SummaryContract.MaxEntities"/>.</value>
    public int MaxEntities { get; set; } = 15;

    /// <summary>The word lists for sentiment, topics and rationales.</summary>
    /// <value>The default value is null, meaning <see cref="SummarizerLexicon.Default"/>.</value>
    public SummarizerLexicon? Lexicon { get; set; }

    /// <summary>The product and integration names recognized as entities.</summary>
    /// <value>The default value is null, meaning <see cref="Data.EntityDictionary.Default"/>.</value>
    public EntityDictionary? EntityDictionary { get; set; }

    /// <summary>Lists what is wrong with these options.</summary>
    /// <returns>One message per invalid setting; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxMessages < 1)
        {
            errors.Add($"{nameof(MaxMessages)} must be at least 1, but was {MaxMessages}.");
        }

        if (SlaRiskThreshold is < 0 or > 100)
        {
            errors.Add($"{nameof(SlaRiskThreshold)} must be between 0 and 100, but was {SlaRiskThreshold}.");
        }

        if (MaxEntities < 0 || MaxEntities > SummaryContract.MaxEntities)
        {
            errors.Add($"{nameof(MaxEntities)} must be between 0 and {SummaryContract.MaxEntities}, but was {MaxEntities}.");
        }

        return errors;
    }
}
