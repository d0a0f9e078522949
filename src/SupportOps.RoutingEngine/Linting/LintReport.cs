using System.Collections.Immutable;

namespace SupportOps.RoutingEngine.Linting;

/// <summary>The findings of one lint run, errors first, each group in policy order.</summary>
/// <param name="Findings">The findings.</param>
public sealed record LintReport(ImmutableArray<LintFinding> Findings)
{
    /// <summary>Gets a value indicating whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == LintSeverity.Error);

    /// <summary>Gets the error findings.</summary>
    public ImmutableArray<LintFinding> Errors => [.. Findings.Where(f => f.Severity == LintSeverity.Error)];

    /// <summary>Gets the warning findings.</summary>
    public ImmutableArray<LintFinding> Warnings => [.. Findings.Where(f => f.Severity == LintSeverity.Warning)];

    /// <inheritdoc />
    public bool Equals(LintReport? other) => other is not null && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => Findings.Length;
}
