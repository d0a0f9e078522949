using System.Security.Cryptography;
using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Overrides;

/// <summary>
/// A manual override of routing for one ticket: escalate to a queue or reassign to an agent, with the
/// reason, the actor and an optional expiry. It wins over the policy while active.
/// </summary>
/// <remarks>
/// <para>
/// An override is active from <see cref="AppliedAt"/> (inclusive) until <see cref="ExpiresAt"/>
/// (exclusive) or until it is cleared. A reassignment wins even when the agent is offline or at
/// capacity: a person decided. <see cref="Id"/> is derived from the content, so the same override
/// always has the same id.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RoutingOverride
{
    /// <summary>Initializes a new override.</summary>
    /// <param name="ticketId">The ticket; must not be null or empty.</param>
    /// <param name="kind">Escalation to a queue or reassignment to an agent.</param>
    /// <param name="targetId">The queue id (normalized to lower case) or agent id; must not be null or empty.</param>
    /// <param name="reason">Why; must not be null or empty.</param>
    /// <param name="actor">Who; must not be null or empty.</param>
    /// <param name="appliedAt">When it takes effect.</param>
    /// <param name="expiresAt">When it lapses, or null for never; after <paramref name="appliedAt"/>.</param>
    /// <exception cref="ArgumentException">A string is null or empty, or <paramref name="expiresAt"/> is not after <paramref name="appliedAt"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public RoutingOverride(string ticketId, RoutingOverrideKind kind, string targetId, string reason, string actor, Instant appliedAt, Instant? expiresAt = null)
    {
        TicketId = Guard.NotNullOrWhiteSpace(ticketId).Trim();
        Kind = Guard.Defined(kind);
        TargetId = kind == RoutingOverrideKind.EscalateToQueue ? Names.Normalize(targetId, nameof(targetId)) : Guard.NotNullOrWhiteSpace(targetId).Trim();
        Reason = Guard.NotNullOrWhiteSpace(reason);
        Actor = Guard.NotNullOrWhiteSpace(actor).Trim();
        if (expiresAt <= appliedAt)
        {
            throw new ArgumentException($"expiresAt must be after appliedAt ({appliedAt}), but was {expiresAt}.", nameof(expiresAt));
        }

        AppliedAt = appliedAt;
        ExpiresAt = expiresAt;
        Canonical = new CanonicalWriter()
            .Byte(1).String(TicketId).Byte((byte)Kind).String(TargetId).String(Reason).String(Actor)
            .Int64(appliedAt.ToUnixTimeTicks()).Byte(expiresAt.HasValue ? (byte)1 : (byte)0).Int64(expiresAt?.ToUnixTimeTicks() ?? 0)
            .ToArray();
        Id = "ovr_" + Convert.ToHexStringLower(SHA256.HashData(Canonical).AsSpan(0, 12));
    }

    /// <summary>Gets the content-derived id (<c>ovr_</c> and 24 hex digits).</summary>
    public string Id { get; }

    /// <summary>Gets the ticket id.</summary>
    public string TicketId { get; }

    /// <summary>Gets what the override does.</summary>
    public RoutingOverrideKind Kind { get; }

    /// <summary>Gets the queue id or agent id.</summary>
    public string TargetId { get; }

    /// <summary>Gets why the override was made.</summary>
    public string Reason { get; }

    /// <summary>Gets who made it.</summary>
    public string Actor { get; }

    /// <summary>Gets when it takes effect.</summary>
    public Instant AppliedAt { get; }

    /// <summary>Gets when it lapses, or null.</summary>
    public Instant? ExpiresAt { get; }

    internal byte[] Canonical { get; }

    /// <summary>Creates an escalation to a queue.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="queueId">The queue.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="appliedAt">When.</param>
    /// <param name="expiresAt">When it lapses, or null.</param>
    /// <returns>The override.</returns>
    /// <exception cref="ArgumentException">A string is null or empty, or the expiry is not after <paramref name="appliedAt"/>.</exception>
    public static RoutingOverride EscalateToQueue(string ticketId, string queueId, string reason, string actor, Instant appliedAt, Instant? expiresAt = null) =>
        new(ticketId, RoutingOverrideKind.EscalateToQueue, queueId, reason, actor, appliedAt, expiresAt);

    /// <summary>Creates a reassignment to an agent.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="agentId">The agent.</param>
    /// <param name="reason">Why.</param>
    /// <param name="actor">Who.</param>
    /// <param name="appliedAt">When.</param>
    /// <param name="expiresAt">When it lapses, or null.</param>
    /// <returns>The override.</returns>
    /// <exception cref="ArgumentException">A string is null or empty, or the expiry is not after <paramref name="appliedAt"/>.</exception>
    public static RoutingOverride ReassignToAgent(string ticketId, string agentId, string reason, string actor, Instant appliedAt, Instant? expiresAt = null) =>
        new(ticketId, RoutingOverrideKind.ReassignToAgent, agentId, reason, actor, appliedAt, expiresAt);

    /// <summary>Returns whether the override is in effect at an instant (ignoring clearing, which removes it).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <paramref name="instant"/> is in [applied, expires).</returns>
    public bool IsActiveAt(Instant instant) => instant >= AppliedAt && (ExpiresAt is null || instant < ExpiresAt.Value);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Kind} {TicketId} -> {TargetId} by {Actor}";
}
