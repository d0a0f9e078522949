using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// SQLite's <see cref="ISnapshotRefreshWriter"/>: one prepared conditional <c>UPDATE</c>, re-executed per row; the
/// rows it changed (SQLite's <c>changes()</c>, the command's result) say whether the row was written.
/// </summary>
internal sealed class SqliteSnapshotRefreshWriter : ISnapshotRefreshWriter
{
    public async Task<bool[]> UpdateAsync(DbContext db, IReadOnlyList<(TicketSnapshotRecord Row, long ReadEvaluatedAtTicks)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Snapshot refresh writes need an open transaction.");
        var written = new bool[rows.Count];
        if (rows.Count == 0)
        {
            return written;
        }

        var sql = SnapshotRefreshSql.For(db);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var assignments = sql.Set.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c.Column} = @s{i}"));
        command.CommandText = $"UPDATE {sql.Table} SET {string.Join(", ", assignments)} WHERE {sql.TicketId} = @id AND {sql.Version} = @version AND {sql.EvaluatedAt} = @read";
        var set = new System.Data.Common.DbParameter[sql.Set.Count];
        for (var i = 0; i < set.Length; i++)
        {
            set[i] = command.CreateParameter();
            set[i].ParameterName = string.Create(CultureInfo.InvariantCulture, $"@s{i}");
            command.Parameters.Add(set[i]);
        }

        var getters = sql.Set.Select(c => c.Property.GetGetter()).ToArray();
        var id = Add(command, "@id");
        var version = Add(command, "@version");
        var read = Add(command, "@read");
        for (var r = 0; r < rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (row, readAt) = rows[r];
            for (var i = 0; i < set.Length; i++)
            {
                set[i].Value = getters[i].GetClrValue(row) ?? DBNull.Value;
            }

            id.Value = row.TicketId;
            version.Value = row.Version;
            read.Value = readAt;
            if (r == 0)
            {
                command.Prepare();
            }

            written[r] = command.ExecuteNonQuery() == 1;
        }

        return written;
    }

    private static System.Data.Common.DbParameter Add(System.Data.Common.DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
