using System.Collections.Immutable;
using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>The ticket facts routing looks at, normalized: tags trimmed, lower-case, distinct and in ordinal order.</summary>
/// <remarks>
/// <para>
/// The canonical byte form (hashed into the decision's inputs hash) is computed once, here, so routing
/// the same ticket many times does not redo it. <see cref="AssignedAt"/> starts the cooldown that keeps
/// the <see cref="CurrentAssignee"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RoutingTicket
{
    /// <summary>Initializes a new ticket.</summary>
    /// <param name="id">The ticket id; must not be null or empty.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="riskScore">The risk score, 0..100.</param>
    /// <param name="tier">The customer tier.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="tags">The tags; null for none.</param>
    /// <param name="createdAt">When the ticket was created.</param>
    /// <param name="currentAssignee">The agent it is assigned to now, or null.</param>
    /// <param name="assignedAt">When it was last assigned, or null; needs <paramref name="currentAssignee"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, a tag or <paramref name="currentAssignee"/> is empty, or <paramref name="assignedAt"/> is given without an assignee.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="riskScore"/> is outside 0..100 or an enum value is undefined.</exception>
    public RoutingTicket(
        string id,
        Priority priority,
        int riskScore,
        CustomerTier tier,
        Channel channel,
        IEnumerable<string>? tags,
        Instant createdAt,
        string? currentAssignee = null,
        Instant? assignedAt = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id).Trim();
        Priority = Guard.Defined(priority);
        RiskScore = Guard.InRange(riskScore, 0, 100);
        Tier = Guard.Defined(tier);
        Channel = Guard.Defined(channel);
        Tags = Names.NormalizeSet(tags, nameof(tags));
        CreatedAt = createdAt;
        CurrentAssignee = currentAssignee is null ? null : Guard.NotNullOrWhiteSpace(currentAssignee).Trim();
        if (assignedAt.HasValue && CurrentAssignee is null)
        {
            throw new ArgumentException("assignedAt needs a currentAssignee, but currentAssignee was null.", nameof(assignedAt));
        }

        AssignedAt = assignedAt;
        var w = new CanonicalWriter().Byte(1).String(Id).Byte((byte)Priority).Int32(RiskScore).Byte((byte)Tier).Byte((byte)Channel).Int32(Tags.Length);
        foreach (var tag in Tags)
        {
            w.String(tag);
        }

        w.Int64(createdAt.ToUnixTimeTicks()).String(CurrentAssignee).Byte(assignedAt.HasValue ? (byte)1 : (byte)0).Int64(assignedAt?.ToUnixTimeTicks() ?? 0);
        var canonical = w.ToArray();

        // Zero-padded to whole SHA-256 blocks, so the hash state after the ticket can be kept (see Midstate).
        Canonical = new byte[(canonical.Length + Sha256.BlockSize - 1) / Sha256.BlockSize * Sha256.BlockSize];
        canonical.CopyTo(Canonical, 0);
        Midstate = new uint[8];
        Sha256.Initialize(Midstate);
        Sha256.Absorb(Midstate, Canonical);
    }

    /// <summary>Gets the ticket id.</summary>
    public string Id { get; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the risk score, 0..100.</summary>
    public int RiskScore { get; }

    /// <summary>Gets the customer tier.</summary>
    public CustomerTier Tier { get; }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the normalized tags in ordinal order.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Gets when the ticket was created; simulations route tickets in this order, at this instant.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets the current assignee, or null.</summary>
    public string? CurrentAssignee { get; }

    /// <summary>Gets when the ticket was last assigned, or null.</summary>
    public Instant? AssignedAt { get; }

    /// <summary>The canonical bytes, zero-padded to a multiple of 64.</summary>
    internal byte[] Canonical { get; }

    /// <summary>The SHA-256 state after absorbing <see cref="Canonical"/>.</summary>
    internal uint[] Midstate { get; }

    /// <summary>Returns a copy assigned to an agent at an instant.</summary>
    /// <param name="agentId">The agent id; must not be null or empty.</param>
    /// <param name="at">When.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is null or empty.</exception>
    public RoutingTicket WithAssignee(string agentId, Instant at) =>
        new(Id, Priority, RiskScore, Tier, Channel, Tags, CreatedAt, Guard.NotNullOrWhiteSpace(agentId), at);

    /// <inheritdoc />
    public override string ToString() => $"Ticket {Id} ({Priority}, risk {RiskScore}, {Tier}, {Channel})";
}
