using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Policies;

/// <summary>Builds an immutable <see cref="SlaPolicySet"/>: policies in match order and the required default.</summary>
/// <example>
/// <code>
/// var policies = new SlaPolicySetBuilder()
///     .Add("urgent", policy => policy.ForPriorities(Priority.P0).FirstResponse(t => t.Target(Duration.FromMinutes(30))))
///     .Default("standard", policy => policy.FirstResponse(t => t.Target(Duration.FromHours(8))))
///     .Build();
/// </code>
/// </example>
/// <remarks><para>Builders are not thread-safe.</para></remarks>
public sealed class SlaPolicySetBuilder
{
    private readonly List<SlaPolicy> _policies = [];
    private SlaPolicy? _default;

    /// <summary>Adds a policy; policies are tried in the order added, and the first match wins.</summary>
    /// <param name="id">The policy's unique id.</param>
    /// <param name="configure">Sets the policy's conditions and timers.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A configured timer has no target.</exception>
    public SlaPolicySetBuilder Add(string id, Action<SlaPolicyBuilder> configure)
    {
        Guard.NotNull(configure);
        var builder = new SlaPolicyBuilder(id);
        configure(builder);
        return Add(builder.Build());
    }

    /// <summary>Adds a built policy; policies are tried in the order added, and the first match wins.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public SlaPolicySetBuilder Add(SlaPolicy policy)
    {
        _policies.Add(Guard.NotNull(policy));
        return this;
    }

    /// <summary>Sets the default policy, used when no other policy matches. It must have no conditions.</summary>
    /// <param name="id">The policy's unique id.</param>
    /// <param name="configure">Sets the policy's timers.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or the policy has conditions.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A configured timer has no target.</exception>
    public SlaPolicySetBuilder Default(string id, Action<SlaPolicyBuilder> configure)
    {
        Guard.NotNull(configure);
        var builder = new SlaPolicyBuilder(id);
        configure(builder);
        return Default(builder.Build());
    }

    /// <summary>Sets the default policy, used when no other policy matches. It must have no conditions.</summary>
    /// <param name="policy">The policy; must not be null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy has conditions.</exception>
    public SlaPolicySetBuilder Default(SlaPolicy policy)
    {
        Guard.NotNull(policy);
        if (!policy.Conditions.MatchesAll)
        {
            throw new ArgumentException($"The default policy '{policy.Id}' must not have conditions; it applies when no other policy matches.", nameof(policy));
        }

        _default = policy;
        return this;
    }

    /// <summary>Builds the immutable policy set.</summary>
    /// <returns>The policy set.</returns>
    /// <exception cref="InvalidOperationException">No default policy was set, or two policies share an id.</exception>
    public SlaPolicySet Build()
    {
        if (_default is null)
        {
            throw new InvalidOperationException("The policy set has no default policy; call Default(...) (JSON: \"default\").");
        }

        var all = new SlaPolicy[_policies.Count + 1];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            var policy = i < _policies.Count ? _policies[i] : _default;
            if (!ids.Add(policy.Id))
            {
                throw new InvalidOperationException($"Two policies have the id '{policy.Id}'; policy ids must be unique.");
            }

            all[i] = policy;
        }

        return new SlaPolicySet(all);
    }
}
