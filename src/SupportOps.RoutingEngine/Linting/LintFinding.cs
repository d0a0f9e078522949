using System.Collections.Immutable;

namespace SupportOps.RoutingEngine.Linting;

/// <summary>One finding of the policy linter.</summary>
/// <param name="Code">The stable code, one of <see cref="LintCodes"/>.</param>
/// <param name="Severity">Whether the finding makes the policy invalid.</param>
/// <param name="Message">A sentence naming the rules, queues or skills involved.</param>
/// <param name="RuleIds">The ids of the rules involved, in policy order; empty for policy-level findings.</param>
public sealed record LintFinding(string Code, LintSeverity Severity, string Message, ImmutableArray<string> RuleIds)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {Severity}: {Message}";

    /// <inheritdoc />
    public bool Equals(LintFinding? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Message == other.Message
        && RuleIds.SequenceEqual(other.RuleIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Message);
}
