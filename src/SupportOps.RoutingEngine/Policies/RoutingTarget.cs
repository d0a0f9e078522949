using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>The target of a rule or of its fallback: a kind and an id (queue, skill, on-call role or team).</summary>
/// <remarks>
/// <para>Ids are normalized to trimmed lower-case. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RoutingTarget
{
    /// <summary>The on-call role of the primary responder.</summary>
    public const string PrimaryRole = "primary";

    /// <summary>The on-call role of the secondary responder.</summary>
    public const string SecondaryRole = "secondary";

    private RoutingTarget(RoutingTargetKind kind, string? id)
    {
        Kind = kind;
        Id = id;
        Display = kind switch
        {
            RoutingTargetKind.Queue => $"queue:{id}",
            RoutingTargetKind.AgentPool => $"agent_pool:{id ?? "*"}",
            RoutingTargetKind.OnCall => $"on_call:{id}",
            _ => $"team_lead:{id}",
        };
    }

    /// <summary>Gets what the target is.</summary>
    public RoutingTargetKind Kind { get; }

    /// <summary>
    /// Gets the queue id, skill, on-call role or team; <see langword="null"/> only for an agent pool
    /// that accepts any active agent.
    /// </summary>
    public string? Id { get; }

    /// <summary>Gets the display form, such as <c>queue:billing</c> or <c>agent_pool:*</c>, used as the alternative id in decisions.</summary>
    public string Display { get; }

    /// <summary>Gets a value indicating whether the target resolves to an agent rather than a queue.</summary>
    public bool IsAgentTarget => Kind != RoutingTargetKind.Queue;

    /// <summary>Creates a queue target.</summary>
    /// <param name="queueId">The queue id; must not be null or empty.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="queueId"/> is null, empty or white space.</exception>
    public static RoutingTarget Queue(string queueId) => new(RoutingTargetKind.Queue, Names.Normalize(queueId, nameof(queueId)));

    /// <summary>Creates an agent-pool target: the eligible agents with <paramref name="skill"/>.</summary>
    /// <param name="skill">The required skill; <see langword="null"/> accepts any active agent.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="skill"/> is empty or white space.</exception>
    public static RoutingTarget AgentPool(string? skill) =>
        new(RoutingTargetKind.AgentPool, skill is null ? null : Names.Normalize(skill, nameof(skill)));

    /// <summary>Creates an on-call target for the given role of the rotation.</summary>
    /// <param name="role"><see cref="PrimaryRole"/> or <see cref="SecondaryRole"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="role"/> is neither <c>primary</c> nor <c>secondary</c>.</exception>
    public static RoutingTarget OnCall(string role = PrimaryRole)
    {
        var normalized = Names.Normalize(role, nameof(role));
        return normalized is PrimaryRole or SecondaryRole
            ? new RoutingTarget(RoutingTargetKind.OnCall, normalized)
            : throw new ArgumentException($"role must be '{PrimaryRole}' or '{SecondaryRole}', but was '{role}'.", nameof(role));
    }

    /// <summary>Creates a team-lead target: the eligible team leads of <paramref name="team"/>.</summary>
    /// <param name="team">The team id; must not be null or empty.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="team"/> is null, empty or white space.</exception>
    public static RoutingTarget TeamLead(string team) => new(RoutingTargetKind.TeamLead, Names.Normalize(team, nameof(team)));

    /// <inheritdoc />
    public override string ToString() => Display;
}
