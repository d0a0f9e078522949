using System.Collections.Immutable;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Linting;

/// <summary>
/// Checks a routing policy: unknown queues, skills and teams, unreachable rules (an earlier rule
/// always wins), overlapping rules with different targets, missing fallbacks, duplicates.
/// </summary>
/// <remarks>
/// <para>
/// Unreachability is decided clause by clause: a rule is unreachable when each of its clauses is
/// subsumed by a single clause of an earlier rule. A clause covered only by the union of several
/// earlier clauses is not detected (the check is sound, not complete).
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class RoutingPolicyLinter
{
    /// <summary>Lints a policy, checking skills and teams only when they are given.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="knownSkills">The skills agents can have, or null to skip the skill check.</param>
    /// <param name="knownTeams">The teams agents belong to, or null to skip the team check.</param>
    /// <returns>The findings, errors first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static LintReport Lint(RoutingPolicy policy, IEnumerable<string>? knownSkills = null, IEnumerable<string>? knownTeams = null)
    {
        Guard.NotNull(policy);
        var findings = new List<LintFinding>();
        var skills = knownSkills is null ? null : new HashSet<string>(Names.NormalizeSet(knownSkills, nameof(knownSkills)), StringComparer.Ordinal);
        var teams = knownTeams is null ? null : new HashSet<string>(Names.NormalizeSet(knownTeams, nameof(knownTeams)), StringComparer.Ordinal);

        if (string.IsNullOrWhiteSpace(policy.Version) || string.IsNullOrWhiteSpace(policy.Salt))
        {
            findings.Add(Error(LintCodes.MissingIdentity, "The policy needs a version and a salt."));
        }

        var queues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var queue in policy.Queues)
        {
            if (!queues.Add(queue))
            {
                findings.Add(Error(LintCodes.DuplicateQueue, $"Queue '{queue}' is declared more than once."));
            }
        }

        if (!queues.Contains(policy.DefaultQueue))
        {
            findings.Add(Error(LintCodes.UnknownQueue, $"The default queue '{policy.DefaultQueue}' is not a declared queue."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in policy.Rules)
        {
            if (!ids.Add(rule.Id))
            {
                findings.Add(Error(LintCodes.DuplicateRuleId, $"Rule id '{rule.Id}' is used more than once.", rule.Id));
            }

            if (rule.Queue is not null && !queues.Contains(rule.Queue))
            {
                findings.Add(Error(LintCodes.UnknownQueue, $"Rule {rule.Id} files tickets in undeclared queue '{rule.Queue}'.", rule.Id));
            }

            CheckTarget(rule, rule.Target, "target", queues, skills, teams, findings);
            if (rule.Fallback is not null)
            {
                CheckTarget(rule, rule.Fallback, "fallback", queues, skills, teams, findings);
            }

            if (rule.Target.IsAgentTarget && rule.Fallback is null && rule.Queue is null)
            {
                findings.Add(Warning(
                    LintCodes.MissingFallback,
                    $"Rule {rule.Id} routes to {rule.Target} with neither a fallback nor a queue; unassignable tickets go to the default queue '{policy.DefaultQueue}'.",
                    rule.Id));
            }
        }

        var rules = policy.Rules;
        var unreachable = new bool[rules.Length];
        for (var j = 0; j < rules.Length; j++)
        {
            for (var i = 0; i < j && !unreachable[j]; i++)
            {
                if (AlwaysWins(rules[i], rules[j]))
                {
                    unreachable[j] = true;
                    findings.Add(Error(
                        LintCodes.UnreachableRule,
                        $"Rule {rules[j].Id} can never match: every ticket it matches is matched by the earlier rule {rules[i].Id}.",
                        rules[i].Id,
                        rules[j].Id));
                }
            }
        }

        for (var i = 0; i < rules.Length; i++)
        {
            for (var j = i + 1; j < rules.Length; j++)
            {
                if (!unreachable[i] && !unreachable[j] && Overlap(rules[i], rules[j]) && !SameRouting(rules[i], rules[j]))
                {
                    findings.Add(Warning(
                        LintCodes.OverlappingRules,
                        $"Rules {rules[i].Id} and {rules[j].Id} can match the same ticket and route it differently ({rules[i].Target} vs {rules[j].Target}); {rules[i].Id} wins.",
                        rules[i].Id,
                        rules[j].Id));
                }
            }
        }

        return new LintReport([.. findings.OrderByDescending(f => f.Severity)]);
    }

    /// <summary>Lints a policy against the skills and teams of a capacity snapshot.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="capacity">The snapshot whose agents' skills and teams are the known ones; must not be null.</param>
    /// <returns>The findings, errors first.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LintReport Lint(RoutingPolicy policy, CapacitySnapshot capacity)
    {
        Guard.NotNull(capacity);
        return Lint(policy, capacity.Agents.SelectMany(a => a.Skills), capacity.Agents.Select(a => a.Team).OfType<string>());
    }

    private static void CheckTarget(
        RoutingRule rule,
        RoutingTarget target,
        string role,
        HashSet<string> queues,
        HashSet<string>? skills,
        HashSet<string>? teams,
        List<LintFinding> findings)
    {
        switch (target.Kind)
        {
            case RoutingTargetKind.Queue when !queues.Contains(target.Id!):
                findings.Add(Error(LintCodes.UnknownQueue, $"Rule {rule.Id} has a {role} in undeclared queue '{target.Id}'.", rule.Id));
                break;
            case RoutingTargetKind.AgentPool when target.Id is not null && skills is not null && !skills.Contains(target.Id):
                findings.Add(Error(LintCodes.UnknownSkill, $"Rule {rule.Id} has a {role} needing unknown skill '{target.Id}'.", rule.Id));
                break;
            case RoutingTargetKind.TeamLead when teams is not null && !teams.Contains(target.Id!):
                findings.Add(Error(LintCodes.UnknownTeam, $"Rule {rule.Id} has a {role} naming unknown team '{target.Id}'.", rule.Id));
                break;
        }
    }

    private static ImmutableArray<RuleCondition> Clauses(RoutingRule rule) => rule.Conditions.IsEmpty ? [RuleCondition.Always] : rule.Conditions;

    private static bool AlwaysWins(RoutingRule earlier, RoutingRule later) =>
        Clauses(later).All(clause => Clauses(earlier).Any(e => e.Subsumes(clause)));

    private static bool Overlap(RoutingRule a, RoutingRule b) =>
        Clauses(a).Any(x => Clauses(b).Any(x.Overlaps));

    private static bool SameRouting(RoutingRule a, RoutingRule b) =>
        a.Target == b.Target && a.Queue == b.Queue && a.Fallback == b.Fallback;

    private static LintFinding Error(string code, string message, params string[] ruleIds) => new(code, LintSeverity.Error, message, [.. ruleIds]);

    private static LintFinding Warning(string code, string message, params string[] ruleIds) => new(code, LintSeverity.Warning, message, [.. ruleIds]);
}
