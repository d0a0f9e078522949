using Microsoft.EntityFrameworkCore;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// Inserts many new rows of one entity type inside the context's current transaction, bypassing the
/// change tracker: the provider-specific fast path behind bulk imports (SQLite: one prepared
/// <c>INSERT</c> reused for every row; PostgreSQL: binary <c>COPY</c>).
/// </summary>
/// <remarks>
/// <para>Columns come from the EF model (table and column names, value converters), so the writer follows
/// the entity configurations. Store-generated values (the events' identity key) are left to the database.
/// The rows are not tracked afterwards.</para>
/// </remarks>
public interface IBulkRowWriter
{
    /// <summary>Inserts the rows.</summary>
    /// <typeparam name="T">A mapped entity type.</typeparam>
    /// <param name="db">The context; a transaction must be open on it.</param>
    /// <param name="rows">The rows to insert, in order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every row is written.</returns>
    /// <exception cref="InvalidOperationException">No transaction is open, or <typeparamref name="T"/> is not mapped.</exception>
    Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Refreshes the query planner's statistics after a bulk import (SQLite: <c>ANALYZE</c> over a sample of
    /// each index; PostgreSQL: <c>ANALYZE</c>), so that, for example, the inbox reads its first page off the
    /// sort index instead of sorting every row matching a filter the planner wrongly believes selective.
    /// </summary>
    /// <param name="db">The context; no transaction need be open.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the statistics are updated.</returns>
    Task UpdateStatisticsAsync(DbContext db, CancellationToken cancellationToken);
}
