using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// Claims, renews and releases database leases with single conditional <c>UPDATE</c> statements, so the
/// database decides the one winner on every provider (SQLite serializes writers; PostgreSQL re-checks the
/// <c>WHERE</c> of an <c>UPDATE</c> against the row it locked).
/// </summary>
/// <remarks>
/// <para>A lease is free when it has never been taken, its owner released it, or its expiry has passed
/// (the owner died or stopped renewing). The first claim of a name inserts its row; a concurrent first
/// claim loses on the primary key and reports "not acquired".</para>
/// <para>Scoped, over the job's own context. Not thread-safe.</para>
/// </remarks>
/// <param name="db">The context.</param>
public sealed class LeaseManager(CommandCenterDbContext db)
{
    /// <summary>Tries to take (or extend, when already owned) a lease.</summary>
    /// <param name="name">The lease name; must not be null or empty.</param>
    /// <param name="owner">The claiming instance; must not be null or empty.</param>
    /// <param name="duration">How long the claim lasts without renewal; positive.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="true"/> when <paramref name="owner"/> holds the lease until <paramref name="now"/> + <paramref name="duration"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="owner"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive.</exception>
    public async Task<bool> TryAcquireAsync(string name, string owner, Duration duration, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, Duration.Zero);
        var nowTicks = now.ToUnixTimeTicks();
        var expires = (now + duration).ToUnixTimeTicks();

        // Re-entrant for the owner (keeps its acquisition time), otherwise only when expired.
        var renewed = await db.Leases
            .Where(l => l.Name == name && l.Owner == owner && l.ExpiresAtTicks > nowTicks)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtTicks, expires), cancellationToken).ConfigureAwait(false);
        if (renewed == 1)
        {
            return true;
        }

        var taken = await db.Leases
            .Where(l => l.Name == name && l.ExpiresAtTicks <= nowTicks)
            .ExecuteUpdateAsync(
                s => s.SetProperty(l => l.Owner, owner)
                    .SetProperty(l => l.ExpiresAtTicks, expires)
                    .SetProperty(l => l.AcquiredAtTicks, nowTicks)
                    .SetProperty(l => l.Generation, l => l.Generation + 1),
                cancellationToken).ConfigureAwait(false);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Leases.AsNoTracking().AnyAsync(l => l.Name == name, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.Leases.Add(new LeaseRecord { Name = name, Owner = owner, ExpiresAtTicks = expires, AcquiredAtTicks = nowTicks, Generation = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first: it holds the lease.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Extends a lease that <paramref name="owner"/> still holds.</summary>
    /// <param name="name">The lease name; must not be null or empty.</param>
    /// <param name="owner">The owning instance; must not be null or empty.</param>
    /// <param name="duration">The new claim length from <paramref name="now"/>; positive.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="false"/> when the lease expired or changed hands (the work must stop).</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="owner"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is not positive.</exception>
    public async Task<bool> TryRenewAsync(string name, string owner, Duration duration, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, Duration.Zero);
        var nowTicks = now.ToUnixTimeTicks();
        var expires = (now + duration).ToUnixTimeTicks();
        return await db.Leases
            .Where(l => l.Name == name && l.Owner == owner && l.ExpiresAtTicks > nowTicks)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtTicks, expires), cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Gives a lease up so another instance may take it at once; a no-op when not held.</summary>
    /// <param name="name">The lease name; must not be null or empty.</param>
    /// <param name="owner">The owning instance; must not be null or empty.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="true"/> when the lease was held and is now released.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="owner"/> is null or empty.</exception>
    public async Task<bool> ReleaseAsync(string name, string owner, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var nowTicks = now.ToUnixTimeTicks();
        return await db.Leases
            .Where(l => l.Name == name && l.Owner == owner && l.ExpiresAtTicks > nowTicks)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtTicks, nowTicks), cancellationToken).ConfigureAwait(false) == 1;
    }
}
