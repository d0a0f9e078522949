using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// SQLite's <see cref="IBulkRowWriter"/>: prepared multi-row <c>INSERT</c> statements (<see cref="RowsPerStatement"/>
/// rows each), re-executed with new parameter values.
/// </summary>
/// <remarks>
/// <para>Inside one transaction SQLite writes each row at the cost of its index updates, with no round trip or
/// fsync per row. The connection's page cache is raised to <see cref="CacheKibibytes"/> KiB first, so the
/// indexes of a large import stay in memory instead of being re-read page by page.</para>
/// </remarks>
internal sealed class SqliteBulkRowWriter : IBulkRowWriter
{
    /// <summary>The rows bound into one statement.</summary>
    public const int RowsPerStatement = 50;

    /// <summary>The page cache set on the connection for imports, in KiB.</summary>
    public const int CacheKibibytes = 65_536;

    public async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts need an open transaction.");
        if (rows.Count == 0)
        {
            return;
        }

        var mapping = BulkRowMapping.For<T>(db);
        var connection = db.Database.GetDbConnection();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.Transaction = transaction.GetDbTransaction();
            pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{CacheKibibytes}");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var full = rows.Count / RowsPerStatement;
        if (full > 0)
        {
            await using var batch = Prepare(connection, transaction.GetDbTransaction(), mapping, RowsPerStatement);
            for (var start = 0; start < full * RowsPerStatement; start += RowsPerStatement)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Bind(batch, mapping, rows, start, RowsPerStatement);
                batch.ExecuteNonQuery();
            }
        }

        var rest = rows.Count - (full * RowsPerStatement);
        if (rest > 0)
        {
            await using var single = Prepare(connection, transaction.GetDbTransaction(), mapping, rest);
            Bind(single, mapping, rows, full * RowsPerStatement, rest);
            single.ExecuteNonQuery();
        }
    }

    /// <summary>The rows per index that <c>ANALYZE</c> samples (SQLite's <c>analysis_limit</c>).</summary>
    public const int AnalysisLimit = 2_000;

    public async Task UpdateStatisticsAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA analysis_limit = {AnalysisLimit}; ANALYZE;"), cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, BulkRowMapping mapping, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var columns = mapping.Columns.Count;
        var values = Enumerable.Range(0, rowCount).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => string.Create(CultureInfo.InvariantCulture, $"@p{(r * columns) + c}"))) + ")");
        command.CommandText = $"INSERT INTO {mapping.Table} ({string.Join(", ", mapping.Columns.Select(c => c.Column))}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rowCount * columns; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{i}");
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Bind<T>(DbCommand command, BulkRowMapping mapping, IReadOnlyList<T> rows, int start, int count)
        where T : class
    {
        var columns = mapping.Columns.Count;
        for (var r = 0; r < count; r++)
        {
            var row = rows[start + r];
            for (var c = 0; c < columns; c++)
            {
                command.Parameters[(r * columns) + c].Value = mapping.Columns[c].Value(row) ?? DBNull.Value;
            }
        }
    }
}
