using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Audit;

/// <summary>The <see cref="IAuditLog"/> on the <c>AuditEntries</c> table.</summary>
/// <remarks><para>Summaries longer than <see cref="MaxSummary"/> characters are cut with an ellipsis.</para></remarks>
/// <param name="db">The request's context.</param>
internal sealed class EfAuditLog(CommandCenterDbContext db) : IAuditLog
{
    /// <summary>The longest stored before/after summary.</summary>
    public const int MaxSummary = 2000;

    /// <inheritdoc />
    public void Stage(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        db.AuditEntries.Add(new AuditEntryRecord
        {
            AtTicks = entry.At.ToUnixTimeTicks(),
            Actor = entry.Actor,
            Action = entry.Action,
            Target = entry.Target,
            Before = Cut(entry.Before),
            After = Cut(entry.After),
        });
    }

    /// <inheritdoc />
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        Stage(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? Cut(string? text) => text is null || text.Length <= MaxSummary ? text : string.Concat(text.AsSpan(0, MaxSummary - 1), "…");
}
