using System.Collections.Immutable;
using System.Globalization;
using SupportOps.Summarizer.Abstractions.Internal;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Text;

namespace SupportOps.Summarizer.Abstractions.Validation;

/// <summary>Checks a result against the <see cref="SummaryContract"/> and names each violation.</summary>
/// <remarks>
/// <para>
/// Checked: a non-empty summary of at most <see cref="SummaryContract.MaxSummarySentences"/> sentences
/// and <see cref="SummaryContract.MaxSummaryLength"/> characters; at most
/// <see cref="SummaryContract.MaxEntities"/> entities with known types, non-empty values and
/// confidences in 0..1; a known sentiment label with a score in -1..1; a known response type;
/// <see cref="SummaryContract.MinNextActions"/> to <see cref="SummaryContract.MaxNextActions"/>
/// distinct, known next actions with rationales and confidences in 0..1; a known escalation reason
/// or none; provider metadata with a known fallback reason or none; a 64-digit lower-case hex inputs hash.
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class SummaryResultValidator
{
    /// <summary>Checks a result.</summary>
    /// <param name="result">The result. Must not be null.</param>
    /// <returns>Valid, or every violation found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static SummaryValidationResult Validate(SummaryResult result)
    {
        Guard.NotNull(result);
        var violations = ImmutableArray.CreateBuilder<ContractViolation>();

        if (string.IsNullOrWhiteSpace(result.Summary))
        {
            violations.Add(new("summary", "must not be empty"));
        }
        else
        {
            var sentences = SentenceSplitter.Count(result.Summary);
            if (sentences > SummaryContract.MaxSummarySentences)
            {
                violations.Add(new("summary", Invariant($"must have at most {SummaryContract.MaxSummarySentences} sentences, but has {sentences}")));
            }

            if (result.Summary.Length > SummaryContract.MaxSummaryLength)
            {
                violations.Add(new("summary", Invariant($"must have at most {SummaryContract.MaxSummaryLength} characters, but has {result.Summary.Length}")));
            }
        }

        var entities = result.Entities.IsDefault ? [] : result.Entities;
        if (entities.Length > SummaryContract.MaxEntities)
        {
            violations.Add(new("entities", Invariant($"must have at most {SummaryContract.MaxEntities} items, but has {entities.Length}")));
        }

        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            if (entity is null)
            {
                violations.Add(new(Invariant($"entities[{i}]"), "must not be null"));
                continue;
            }

            CheckDefined(violations, Invariant($"entities[{i}].type"), entity.Type);
            CheckConfidence(violations, Invariant($"entities[{i}].confidence"), entity.Confidence);
        }

        CheckDefined(violations, "sentiment.label", result.Sentiment.Label);
        if (double.IsNaN(result.Sentiment.Score) || result.Sentiment.Score is < -1 or > 1)
        {
            violations.Add(new("sentiment.score", Invariant($"must be between -1 and 1, but was {result.Sentiment.Score}")));
        }

        CheckDefined(violations, "response_type", result.ResponseType);

        var actions = result.NextActions.IsDefault ? [] : result.NextActions;
        if (actions.Length is < SummaryContract.MinNextActions or > SummaryContract.MaxNextActions)
        {
            violations.Add(new("next_actions", Invariant($"must have {SummaryContract.MinNextActions} to {SummaryContract.MaxNextActions} items, but has {actions.Length}")));
        }

        var seen = new HashSet<NextAction>();
        for (var i = 0; i < actions.Length; i++)
        {
            var action = actions[i];
            if (action is null)
            {
                violations.Add(new(Invariant($"next_actions[{i}]"), "must not be null"));
                continue;
            }

            CheckDefined(violations, Invariant($"next_actions[{i}].action"), action.Action);
            if (!seen.Add(action.Action))
            {
                violations.Add(new(Invariant($"next_actions[{i}].action"), Invariant($"must not repeat {action.Action}")));
            }

            CheckConfidence(violations, Invariant($"next_actions[{i}].confidence"), action.Confidence);
        }

        if (result.EscalationReason is { } reason)
        {
            CheckDefined(violations, "escalation_reason", reason);
        }

        if (result.Metadata is null)
        {
            violations.Add(new("metadata", "must not be null"));
        }
        else if (result.Metadata.FallbackReason is { } fallback)
        {
            CheckDefined(violations, "metadata.fallback_reason", fallback);
        }

        if (result.InputsHash is null || result.InputsHash.Length != 64 || !result.InputsHash.All(char.IsAsciiHexDigitLower))
        {
            violations.Add(new("inputs_hash", "must be 64 lower-case hex digits"));
        }

        return violations.Count == 0 ? SummaryValidationResult.Valid : new SummaryValidationResult(violations.ToImmutable());
    }

    private static void CheckDefined<TEnum>(ImmutableArray<ContractViolation>.Builder violations, string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            violations.Add(new(field, Invariant($"must be a known {typeof(TEnum).Name} value, but was {value}")));
        }
    }

    private static void CheckConfidence(ImmutableArray<ContractViolation>.Builder violations, string field, double confidence)
    {
        if (double.IsNaN(confidence) || confidence is < 0 or > 1)
        {
            violations.Add(new(field, Invariant($"must be between 0 and 1, but was {confidence}")));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
