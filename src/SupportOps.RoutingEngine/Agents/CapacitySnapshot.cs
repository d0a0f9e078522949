using System.Collections.Immutable;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>
/// The agents available for routing (in ordinal id order, whatever order they were given in) and the
/// on-call rotation. Team leads are the agents flagged <see cref="Agent.IsTeamLead"/>.
/// </summary>
/// <remarks>
/// <para>
/// The snapshot precomputes, once and lazily, the indexes and the SHA-256 fingerprint that decisions
/// use, so routing many tickets against one snapshot costs no more per ticket than routing one.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CapacitySnapshot
{
    private CompiledCapacity? _compiled;

    /// <summary>Initializes a new snapshot.</summary>
    /// <param name="agents">The agents; must not be null, contain null or repeat an id.</param>
    /// <param name="onCall">The on-call rotation, or null for nobody on call.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agents"/> or an agent is null.</exception>
    /// <exception cref="ArgumentException">Two agents share an id.</exception>
    public CapacitySnapshot(IEnumerable<Agent> agents, OnCallSchedule? onCall = null)
    {
        Agents = [.. Guard.NotNull(agents).Select(a => Guard.NotNull(a, nameof(agents))).OrderBy(a => a.Id, StringComparer.Ordinal)];
        for (var i = 1; i < Agents.Length; i++)
        {
            if (Agents[i].Id == Agents[i - 1].Id)
            {
                throw new ArgumentException($"Agent ids must be unique, but '{Agents[i].Id}' appears more than once.", nameof(agents));
            }
        }

        OnCall = onCall ?? OnCallSchedule.Empty;
    }

    /// <summary>Gets the agents in ordinal id order.</summary>
    public ImmutableArray<Agent> Agents { get; }

    /// <summary>Gets the on-call rotation.</summary>
    public OnCallSchedule OnCall { get; }

    /// <summary>Gets the SHA-256 fingerprint of the snapshot's canonical form, as lower-case hex.</summary>
    public string Fingerprint => Convert.ToHexStringLower(Compiled.Fingerprint);

    internal CompiledCapacity Compiled
    {
        get
        {
            var compiled = Volatile.Read(ref _compiled);
            if (compiled is null)
            {
                compiled = new CompiledCapacity(this);
                Interlocked.CompareExchange(ref _compiled, compiled, null);
                compiled = _compiled!;
            }

            return compiled;
        }
    }

    /// <summary>Returns the agent with an id, or null.</summary>
    /// <param name="agentId">The agent id.</param>
    /// <returns>The agent, or null.</returns>
    public Agent? Find(string agentId) =>
        agentId is not null && Compiled.IndexById.TryGetValue(agentId, out var index) ? Agents[index] : null;

    /// <summary>Returns a copy with an agent added or replaced (matched by id).</summary>
    /// <param name="agent">The agent; must not be null.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agent"/> is null.</exception>
    public CapacitySnapshot WithAgent(Agent agent)
    {
        Guard.NotNull(agent);
        return new CapacitySnapshot(Agents.Where(a => a.Id != agent.Id).Append(agent), OnCall);
    }
}
