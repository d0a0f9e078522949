namespace SupportOps.RoutingEngine.Decisions;

/// <summary>What an alternative considered by a decision was.</summary>
public enum AlternativeKind
{
    /// <summary>A policy rule; its id is the rule id.</summary>
    Rule = 0,

    /// <summary>A rule target or fallback; its id is the target, such as <c>on_call:primary</c>.</summary>
    Target = 1,

    /// <summary>An agent; its id is the agent id.</summary>
    Agent = 2,
}
