using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SupportOps.CommandCenter.Infrastructure.Providers;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// Inserts an append's new <see cref="EventRecord"/> rows with one multi-row <c>INSERT … VALUES (…), (…)</c> in the
/// context's transaction, instead of through the change tracker (which costs more CPU per row than everything
/// else an event's append does). Columns, names and converters come from the EF model, like the bulk importer's.
/// </summary>
/// <remarks>
/// <para>Plain SQL both providers accept. The unique indexes on (ticket, version) and (ticket, dedupe key) still
/// guard the stream: a clash surfaces as the provider's <see cref="DbException"/>, and the append is retried from
/// the start exactly as for a clash at <c>SaveChanges</c>. The rows are not tracked.</para>
/// </remarks>
internal static class EventRowInserter
{
    /// <summary>The rows bound into one statement (SQLite allows 32,766 parameters, PostgreSQL 65,535).</summary>
    public const int RowsPerStatement = 200;

    private static readonly ConditionalWeakTable<IModel, BulkRowMapping> Mappings = new();

    /// <summary>Inserts <paramref name="rows"/>.</summary>
    /// <param name="db">The context, with a transaction open.</param>
    /// <param name="rows">The new rows.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every row is written.</returns>
    /// <exception cref="InvalidOperationException">No transaction is open on <paramref name="db"/>.</exception>
    /// <exception cref="DbException">The database refused a row (a unique index clash: a concurrent writer).</exception>
    public static async Task InsertAsync(DbContext db, IReadOnlyList<EventRecord> rows, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Inserting events needs an open transaction.");
        if (rows.Count == 0)
        {
            return;
        }

        var mapping = Mappings.GetValue(db.Model, _ => BulkRowMapping.For<EventRecord>(db));
        var connection = db.Database.GetDbConnection();
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO ").Append(mapping.Table).Append(" (")
                .AppendJoin(", ", mapping.Columns.Select(c => c.Column)).Append(") VALUES ");
            var n = 0;
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < mapping.Columns.Count; c++)
                {
                    var name = "@p" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = mapping.Columns[c].Value(rows[start + r]) ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
