using System.Collections.Immutable;
using NodaTime;

namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>The summary of a ticket and what to do about it.</summary>
/// <remarks>
/// <para>
/// A valid result (see <see cref="Validation.SummaryResultValidator"/>) has a summary of at most
/// <see cref="Validation.SummaryContract.MaxSummarySentences"/> sentences and between
/// <see cref="Validation.SummaryContract.MinNextActions"/> and
/// <see cref="Validation.SummaryContract.MaxNextActions"/> next actions.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record SummaryResult
{
    /// <summary>The summary: at most about three sentences.</summary>
    public required string Summary { get; init; }

    /// <summary>Key entities, in order of first appearance. The default value is empty.</summary>
    public ImmutableArray<KeyEntity> Entities { get; init; } = [];

    /// <summary>The customer's tone.</summary>
    public required Sentiment Sentiment { get; init; }

    /// <summary>The kind of reply the ticket calls for.</summary>
    public required ResponseType ResponseType { get; init; }

    /// <summary>Two to four suggested next steps, most confident first.</summary>
    public required ImmutableArray<SuggestedAction> NextActions { get; init; }

    /// <summary>Why to escalate, or null when the ticket need not be escalated.</summary>
    public EscalationReason? EscalationReason { get; init; }

    /// <summary>Which provider, model and prompt version produced the result.</summary>
    public required ProviderMetadata Metadata { get; init; }

    /// <summary>The SHA-256 of the canonical request, as 64 lower-case hex digits.</summary>
    /// <remarks>Equal hashes mean equal summarizer inputs: a host can skip regeneration.</remarks>
    public required string InputsHash { get; init; }

    /// <summary>When the result was generated, from the summarizer's clock.</summary>
    public required Instant GeneratedAt { get; init; }

    /// <summary>Whether two results are equal field by field, comparing entities and actions element by element.</summary>
    /// <param name="other">The other result; may be null.</param>
    /// <returns>True when every field is equal.</returns>
    public bool Equals(SummaryResult? other) =>
        other is not null
        && Summary == other.Summary
        && Entities.AsSpan().SequenceEqual(other.Entities.AsSpan())
        && Sentiment == other.Sentiment
        && ResponseType == other.ResponseType
        && NextActions.AsSpan().SequenceEqual(other.NextActions.AsSpan())
        && EscalationReason == other.EscalationReason
        && Equals(Metadata, other.Metadata)
        && InputsHash == other.InputsHash
        && GeneratedAt == other.GeneratedAt;

    /// <summary>A hash code consistent with <see cref="Equals(SummaryResult?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Summary, Entities.Length, Sentiment, ResponseType, NextActions.Length, EscalationReason, InputsHash, GeneratedAt);
}
