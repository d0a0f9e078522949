using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>PostgreSQL's <see cref="IBulkRowWriter"/>: one binary <c>COPY … FROM STDIN</c> per call.</summary>
/// <remarks>The rows travel in one stream inside the open transaction, so they commit or roll back with it.</remarks>
internal sealed class PostgreSqlBulkRowWriter : IBulkRowWriter
{
    public async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts need an open transaction.");
        if (rows.Count == 0)
        {
            return;
        }

        var mapping = BulkRowMapping.For<T>(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY {mapping.Table} ({string.Join(", ", mapping.Columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (_, value) in mapping.Columns)
            {
                if (value(row) is { } v)
                {
                    await importer.WriteAsync(v, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateStatisticsAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken).ConfigureAwait(false);
    }
}
