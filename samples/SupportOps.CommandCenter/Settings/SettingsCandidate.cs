using System.Collections.Immutable;
using SupportOps.RoutingEngine.Linting;
using SupportOps.RoutingEngine.Policies;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// The outcome of validating a submitted settings document: either the parsed value (exactly one of
/// <see cref="Calendars"/>, <see cref="SlaPolicies"/>, <see cref="RoutingPolicy"/> for the kind) or
/// the errors by field; for a routing policy also the linter's findings (warnings included).
/// </summary>
internal sealed class SettingsCandidate
{
    /// <summary>Gets the kind.</summary>
    public required SettingsKind Kind { get; init; }

    /// <summary>Gets the document (version not yet assigned: 0).</summary>
    public required SettingsDocument Document { get; init; }

    /// <summary>Gets the errors by field (<c>document</c>, <c>version</c>, <c>calendars.&lt;name&gt;</c>, ...); empty when valid.</summary>
    public required IReadOnlyDictionary<string, string[]> Errors { get; init; }

    /// <summary>Gets the routing linter's findings (empty for other kinds).</summary>
    public ImmutableArray<LintFinding> Findings { get; init; } = [];

    /// <summary>Gets the calendars, when the kind is calendars and the document is valid.</summary>
    public SlaCalendarSet? Calendars { get; init; }

    /// <summary>Gets the SLA policies, when the kind is SLA policies and the document is valid.</summary>
    public SlaPolicySet? SlaPolicies { get; init; }

    /// <summary>Gets the routing policy, when the kind is routing policy and the document is valid.</summary>
    public RoutingPolicy? RoutingPolicy { get; init; }

    /// <summary>Gets a value indicating whether the document is valid.</summary>
    public bool IsValid => Errors.Count == 0;
}
