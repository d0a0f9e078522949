namespace SupportOps.CommandCenter.Background;

/// <summary>A database lease: a row of the <c>Leases</c> table, owned by at most one host instance at a time.</summary>
/// <remarks>
/// <para>Claimed, renewed and released only through <see cref="LeaseManager"/>'s single conditional
/// <c>UPDATE</c> statements, so two instances never both believe they own it. A lease whose owner died
/// is free again once <see cref="ExpiresAtTicks"/> has passed.</para>
/// </remarks>
public sealed class LeaseRecord
{
    /// <summary>Gets or sets the lease name (primary key), for example <c>job:outbox-dispatch</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the owning instance id; empty when the lease has never been taken.</summary>
    public required string Owner { get; set; }

    /// <summary>Gets or sets when the current owner's claim expires, as Unix ticks.</summary>
    public long ExpiresAtTicks { get; set; }

    /// <summary>Gets or sets when the current owner acquired the lease, as Unix ticks.</summary>
    public long AcquiredAtTicks { get; set; }

    /// <summary>Gets or sets how many times the lease changed hands (a fencing token for diagnostics).</summary>
    public long Generation { get; set; }
}
