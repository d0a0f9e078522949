namespace SupportOps.RoutingEngine.Linting;

/// <summary>The stable codes of the policy linter's findings (catalogue in docs/routing-engine.md).</summary>
public static class LintCodes
{
    /// <summary>A rule, fallback or the default queue names a queue the policy does not declare (error).</summary>
    public const string UnknownQueue = "RT001";

    /// <summary>An agent pool names a skill that is not in the known skills (error; checked only when skills are known).</summary>
    public const string UnknownSkill = "RT002";

    /// <summary>A rule can never match because earlier rules always win (error).</summary>
    public const string UnreachableRule = "RT003";

    /// <summary>Two rules can match the same ticket and route it differently; the earlier wins (warning).</summary>
    public const string OverlappingRules = "RT004";

    /// <summary>A rule routes to agents but has neither a fallback nor a queue, so the default queue catches it (warning).</summary>
    public const string MissingFallback = "RT005";

    /// <summary>Two rules share an id (error).</summary>
    public const string DuplicateRuleId = "RT006";

    /// <summary>A queue is declared twice (error).</summary>
    public const string DuplicateQueue = "RT007";

    /// <summary>A team-lead target names a team no agent belongs to (error; checked only when teams are known).</summary>
    public const string UnknownTeam = "RT008";

    /// <summary>The policy has no version or no salt (error).</summary>
    public const string MissingIdentity = "RT009";
}
