using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Linting;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>Builds a <see cref="RoutingPolicy"/> in code; <see cref="Build"/> lints it.</summary>
/// <remarks><para>This type is mutable and not thread-safe; the policies it builds are immutable.</para></remarks>
public sealed class RoutingPolicyBuilder
{
    private readonly List<string> _queues = [];
    private readonly List<RoutingRule> _rules = [];
    private string? _version;
    private string? _salt;
    private string? _defaultQueue;

    /// <summary>Sets the policy version.</summary>
    /// <param name="version">The version; must not be null or empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="version"/> is null, empty or white space.</exception>
    public RoutingPolicyBuilder WithVersion(string version)
    {
        _version = Guard.NotNullOrWhiteSpace(version).Trim();
        return this;
    }

    /// <summary>Sets the salt that keys the tie-break.</summary>
    /// <param name="salt">The salt; must not be null or empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="salt"/> is null, empty or white space.</exception>
    public RoutingPolicyBuilder WithSalt(string salt)
    {
        _salt = Guard.NotNullOrWhiteSpace(salt);
        return this;
    }

    /// <summary>Declares queues.</summary>
    /// <param name="queues">The queue ids.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A queue id is null, empty or white space.</exception>
    public RoutingPolicyBuilder AddQueues(params string[] queues)
    {
        foreach (var queue in Guard.NotNull(queues))
        {
            _queues.Add(Names.Normalize(queue, nameof(queues)));
        }

        return this;
    }

    /// <summary>Sets the default queue (it must also be declared).</summary>
    /// <param name="queue">The queue id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="queue"/> is null, empty or white space.</exception>
    public RoutingPolicyBuilder WithDefaultQueue(string queue)
    {
        _defaultQueue = Names.Normalize(queue, nameof(queue));
        return this;
    }

    /// <summary>Appends a rule; rules are evaluated in the order added.</summary>
    /// <param name="rule">The rule; must not be null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public RoutingPolicyBuilder AddRule(RoutingRule rule)
    {
        _rules.Add(Guard.NotNull(rule));
        return this;
    }

    /// <summary>Appends a rule built from its parts.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="target">Where the rule routes.</param>
    /// <param name="queue">The queue the ticket is filed in, or null.</param>
    /// <param name="fallback">The fallback target, or null.</param>
    /// <param name="when">The clauses, any of which matches; none for a catch-all.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="queue"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public RoutingPolicyBuilder AddRule(string id, RoutingTarget target, string? queue = null, RoutingTarget? fallback = null, params RuleCondition[] when) =>
        AddRule(new RoutingRule(id, when, target, queue, fallback));

    /// <summary>Builds and lints the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidRoutingPolicyException">The linter reports errors; they are in <see cref="InvalidRoutingPolicyException.Findings"/>.</exception>
    public RoutingPolicy Build()
    {
        var policy = new RoutingPolicy(_version ?? string.Empty, _salt ?? string.Empty, _defaultQueue ?? string.Empty, [.. _queues], [.. _rules]);
        var report = RoutingPolicyLinter.Lint(policy);
        return report.HasErrors ? throw new InvalidRoutingPolicyException(report.Errors) : policy;
    }
}
