using System.Collections.Immutable;

namespace SupportOps.Summarizer.Abstractions.Validation;

/// <summary>The outcome of checking a result against the contract: valid, or the violations found.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SummaryValidationResult
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="violations">The violations; empty when the result is valid.</param>
    public SummaryValidationResult(ImmutableArray<ContractViolation> violations)
    {
        Violations = violations.IsDefault ? [] : violations;
    }

    /// <summary>A valid outcome.</summary>
    public static SummaryValidationResult Valid { get; } = new([]);

    /// <summary>Whether the result keeps the contract.</summary>
    public bool IsValid => Violations.IsEmpty;

    /// <summary>Every violation found, in field order.</summary>
    public ImmutableArray<ContractViolation> Violations { get; }
}
