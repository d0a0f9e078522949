using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.Adapters.DeadLetters;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>An <see cref="IDeadLetterStore"/> on the <c>DeadLetters</c> table; idempotent per payload.</summary>
/// <remarks>Not thread-safe: one per ingest run or webhook request, over its context.</remarks>
/// <param name="db">The context.</param>
/// <param name="trigger">How the payloads arrived (<see cref="IngestTriggers"/>).</param>
public sealed class EfDeadLetterStore(CommandCenterDbContext db, string trigger) : IDeadLetterStore
{
    /// <inheritdoc />
    public async ValueTask<bool> AddAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deadLetter.Key)));
        if (await db.DeadLetters.AsNoTracking().AnyAsync(d => d.KeyHash == keyHash, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.DeadLetters.Add(new DeadLetterRecord
        {
            KeyHash = keyHash,
            Source = deadLetter.Source,
            Trigger = trigger,
            PayloadId = deadLetter.PayloadId.Length <= 1000 ? deadLetter.PayloadId : deadLetter.PayloadId[..1000],
            Reason = deadLetter.Reason.Length <= 2000 ? deadLetter.Reason : deadLetter.Reason[..2000],
            Fingerprint = deadLetter.Fingerprint,
            Payload = deadLetter.RawPayload.ToArray(),
            DeadLetteredAtTicks = deadLetter.DeadLetteredAt.ToUnixTimeTicks(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same payload stored it first.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetter>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.DeadLetters.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DeadLetter(r.Source, r.PayloadId, r.Reason, r.Payload, Instant.FromUnixTimeTicks(r.DeadLetteredAtTicks)))];
    }
}
