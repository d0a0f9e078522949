using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>
/// The provider-neutral claim: pick candidate ids, then one conditional <c>UPDATE</c> that stamps the
/// claim token only on rows that are still claimable, then read back the rows carrying the token.
/// </summary>
/// <remarks>
/// <para>The claimability test sits in the <c>UPDATE</c>'s own <c>WHERE</c> on the target table's columns,
/// so it is evaluated against the row as it is when written: SQLite runs one writer at a time, and
/// PostgreSQL re-checks the condition on a row a concurrent transaction changed. Of two instances that
/// picked the same candidates, the second updates none of them.</para>
/// </remarks>
public sealed class ConditionalUpdateOutboxClaimStrategy : IOutboxClaimStrategy
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessageRecord>> ClaimAsync(CommandCenterDbContext db, string claimToken, Instant now, Duration claimFor, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(claimToken);
        var nowTicks = now.ToUnixTimeTicks();
        var until = (now + claimFor).ToUnixTimeTicks();
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NotBeforeTicks <= nowTicks)
                || (m.Status == OutboxStatus.Dispatching && m.ClaimExpiresAtTicks <= nowTicks))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id)
                && ((m.Status == OutboxStatus.Pending && m.NotBeforeTicks <= nowTicks)
                    || (m.Status == OutboxStatus.Dispatching && m.ClaimExpiresAtTicks <= nowTicks)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Dispatching)
                    .SetProperty(m => m.ClaimToken, claimToken)
                    .SetProperty(m => m.ClaimExpiresAtTicks, until),
                cancellationToken).ConfigureAwait(false);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ClaimToken == claimToken)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
