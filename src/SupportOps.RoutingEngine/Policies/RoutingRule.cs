using System.Collections.Immutable;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>
/// One ordered rule of a routing policy: when any clause matches, the ticket is filed in
/// <see cref="Queue"/> (if set) and routed to <see cref="Target"/>; when the target resolves to no
/// eligible agent, <see cref="Fallback"/> is tried, then the rule's queue, then the policy's default queue.
/// </summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class RoutingRule
{
    /// <summary>Initializes a new rule.</summary>
    /// <param name="id">The rule id, unique in its policy; must not be null or empty.</param>
    /// <param name="conditions">The clauses, any of which makes the rule match; empty matches every ticket.</param>
    /// <param name="target">Where the rule routes; must not be null.</param>
    /// <param name="queue">The queue the ticket is filed in when the target is an agent, or null.</param>
    /// <param name="fallback">The target used when <paramref name="target"/> finds no eligible agent, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="queue"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="target"/> or a clause is null.</exception>
    public RoutingRule(string id, IEnumerable<RuleCondition>? conditions, RoutingTarget target, string? queue = null, RoutingTarget? fallback = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id).Trim();
        Conditions = conditions is null ? [] : [.. conditions.Select(c => Guard.NotNull(c, nameof(conditions)))];
        Target = Guard.NotNull(target);
        Queue = queue is null ? null : Names.Normalize(queue, nameof(queue));
        Fallback = fallback;
    }

    /// <summary>Gets the rule id.</summary>
    public string Id { get; }

    /// <summary>Gets the clauses; the rule matches when any matches, or always when there are none.</summary>
    public ImmutableArray<RuleCondition> Conditions { get; }

    /// <summary>Gets where the rule routes.</summary>
    public RoutingTarget Target { get; }

    /// <summary>Gets the queue the ticket is filed in, or null to use the queue of the target or fallback.</summary>
    public string? Queue { get; }

    /// <summary>Gets the target tried when <see cref="Target"/> resolves to no eligible agent, or null.</summary>
    public RoutingTarget? Fallback { get; }

    /// <summary>Gets a value indicating whether the rule matches every ticket.</summary>
    public bool IsCatchAll => Conditions.IsEmpty || Conditions.Any(c => c.IsUnconditional);
}
