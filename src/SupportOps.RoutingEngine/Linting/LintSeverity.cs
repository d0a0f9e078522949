namespace SupportOps.RoutingEngine.Linting;

/// <summary>How serious a lint finding is.</summary>
public enum LintSeverity
{
    /// <summary>Worth a look; the policy still loads.</summary>
    Warning = 0,

    /// <summary>The policy is invalid and does not load.</summary>
    Error = 1,
}
