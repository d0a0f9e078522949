using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// Rewrites many rows of one entity type with one prepared <c>UPDATE … WHERE key = @key AND token = @expected</c>,
/// bypassing the change tracker: what <c>SaveChanges</c> does for modified entities with a concurrency token,
/// without its per-entity cost. Provider-neutral (named parameters work on SQLite and Npgsql): one prepared
/// command re-executed per row where commands are in-process (SQLite), batches of commands in one round
/// trip where the provider supports <see cref="System.Data.Common.DbBatch"/> (Npgsql).
/// </summary>
internal static class ConditionalRowUpdater
{
    /// <summary>The rows sent in one batch where the provider supports command batches.</summary>
    public const int RowsPerBatch = 500;

    /// <summary>
    /// Sets every non-key column of each row where its key matches and its concurrency token still has the
    /// expected value; rows whose token changed meanwhile are left alone.
    /// </summary>
    /// <typeparam name="T">A mapped entity type with a single-column key and one concurrency token.</typeparam>
    /// <param name="db">The context; a transaction must be open on it.</param>
    /// <param name="rows">The new rows with the token value each must still find.</param>
    /// <param name="cancellationToken">Cancels between rows.</param>
    /// <returns>The number of rows updated.</returns>
    /// <exception cref="InvalidOperationException">No transaction is open, or the type has no single key or no concurrency token.</exception>
    public static async Task<int> UpdateAsync<T>(DbContext db, IReadOnlyList<(T Row, object ExpectedToken)> rows, CancellationToken cancellationToken)
        where T : class
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Conditional updates need an open transaction.");
        if (rows.Count == 0)
        {
            return 0;
        }

        var mapping = BulkRowMapping.For<T>(db);
        var key = Single(mapping, i => mapping.Properties[i].IsPrimaryKey(), "key");
        var token = Single(mapping, i => mapping.Properties[i].IsConcurrencyToken, "concurrency token");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var set = Enumerable.Range(0, mapping.Columns.Count).Where(i => i != key).ToList();
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"UPDATE {mapping.Table} SET {string.Join(", ", set.Select(i => $"{mapping.Columns[i].Column} = @p{i}"))} WHERE {mapping.Columns[key].Column} = @p{key} AND {mapping.Columns[token].Column} = @expected");
        var parameters = Enumerable.Range(0, mapping.Columns.Count).Select(i =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{i}");
            parameter.DbType = DbTypeOf(mapping.Properties[i]); // typed up front: a null first value must still prepare
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var expected = command.CreateParameter();
        expected.ParameterName = "@expected";
        expected.DbType = DbTypeOf(mapping.Properties[token]);
        command.Parameters.Add(expected);
        var updated = 0;
        var connection = db.Database.GetDbConnection();
        if (connection.CanCreateBatch)
        {
            // A server round trip per row would dominate (PostgreSQL): send the rows as batches of commands.
            foreach (var slice in rows.Chunk(RowsPerBatch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction.GetDbTransaction();
                foreach (var (row, expectedToken) in slice)
                {
                    var item = batch.CreateBatchCommand();
                    item.CommandText = command.CommandText;
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        var parameter = item.CreateParameter();
                        parameter.ParameterName = parameters[i].ParameterName;
                        parameter.DbType = parameters[i].DbType;
                        parameter.Value = mapping.Columns[i].Value(row) ?? DBNull.Value;
                        item.Parameters.Add(parameter);
                    }

                    var expectedParameter = item.CreateParameter();
                    expectedParameter.ParameterName = expected.ParameterName;
                    expectedParameter.DbType = expected.DbType;
                    expectedParameter.Value = expectedToken;
                    item.Parameters.Add(expectedParameter);
                    batch.BatchCommands.Add(item);
                }

                updated += await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return updated;
        }

        var prepared = false;
        foreach (var (row, expectedToken) in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = mapping.Columns[i].Value(row) ?? DBNull.Value;
            }

            expected.Value = expectedToken;
            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
                prepared = true;
            }

            updated += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return updated;
    }

    private static DbType DbTypeOf(IProperty property)
    {
        var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? DbType.String
            : type == typeof(long) ? DbType.Int64
            : type == typeof(int) ? DbType.Int32
            : type == typeof(bool) ? DbType.Boolean
            : type == typeof(double) ? DbType.Double
            : type == typeof(decimal) ? DbType.Decimal
            : type == typeof(Guid) ? DbType.Guid
            : throw new InvalidOperationException($"Conditional updates do not map {type.Name} columns ({property.Name}).");
    }

        private static int Single(BulkRowMapping mapping, Func<int, bool> predicate, string what)
    {
        var matches = Enumerable.Range(0, mapping.Properties.Count).Where(predicate).ToList();
        return matches.Count == 1 ? matches[0] : throw new InvalidOperationException($"Conditional updates need exactly one {what} column; found {matches.Count}.");
    }
}
