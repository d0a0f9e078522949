using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>An <see cref="ICursorStore"/> on the <c>IngestCursors</c> table.</summary>
/// <remarks>Not thread-safe: one per ingest run, over its context. Runs of one source are serialized by the ingest job's lease.</remarks>
/// <param name="db">The context.</param>
/// <param name="clock">Stamps saved cursors.</param>
public sealed class EfCursorStore(CommandCenterDbContext db, IClock clock) : ICursorStore
{
    /// <inheritdoc />
    public async ValueTask<SourceCursor?> GetAsync(EventSource source, CancellationToken cancellationToken = default)
    {
        var wire = Vocabulary.Wire(source);
        var value = await db.IngestCursors.AsNoTracking().Where(c => c.Source == wire).Select(c => c.Cursor).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return value is null ? null : new SourceCursor(value);
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(EventSource source, SourceCursor cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var wire = Vocabulary.Wire(source);
        var now = clock.GetCurrentInstant().ToUnixTimeTicks();
        var updated = await db.IngestCursors.Where(c => c.Source == wire)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Cursor, cursor.Value).SetProperty(c => c.UpdatedAtTicks, now), cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            db.IngestCursors.Add(new IngestCursorRecord { Source = wire, Cursor = cursor.Value, UpdatedAtTicks = now });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }
    }
}
