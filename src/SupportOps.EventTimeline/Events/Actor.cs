namespace SupportOps.EventTimeline.Events;

/// <summary>Who caused an event: a customer, an agent, SupportOps itself or an integration.</summary>
public sealed record Actor
{
    /// <summary>Gets the kind of actor.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>Gets the actor's id in the source system (an email address, an agent id, <c>sla-engine</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets a name a person can read, when known.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Creates a customer actor.</summary>
    /// <param name="id">The customer id; must not be null or empty.</param>
    /// <param name="displayName">The customer's name, when known.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static Actor Customer(string id, string? displayName = null) => Create(ActorKind.Customer, id, displayName);

    /// <summary>Creates an agent actor.</summary>
    /// <param name="id">The agent id; must not be null or empty.</param>
    /// <param name="displayName">The agent's name, when known.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static Actor Agent(string id, string? displayName = null) => Create(ActorKind.Agent, id, displayName);

    /// <summary>Creates a system actor (a SupportOps component such as the SLA engine or the router).</summary>
    /// <param name="id">The component id; must not be null or empty.</param>
    /// <param name="displayName">A readable name, when wanted.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static Actor System(string id, string? displayName = null) => Create(ActorKind.System, id, displayName);

    /// <summary>Creates an integration actor (an external system acting through an integration).</summary>
    /// <param name="id">The integration id; must not be null or empty.</param>
    /// <param name="displayName">A readable name, when wanted.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public static Actor Integration(string id, string? displayName = null) => Create(ActorKind.Integration, id, displayName);

    private static Actor Create(ActorKind kind, string id, string? displayName)
        => new() { Kind = kind, Id = Internal.Guard.NotNullOrEmpty(id), DisplayName = displayName };
}
