using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// PostgreSQL's <see cref="ISnapshotRefreshWriter"/>: one <c>UPDATE … FROM unnest(arrays) … RETURNING</c> per call, the
/// new values travelling as one typed array parameter per column; the returned ticket ids are the rows written.
/// </summary>
/// <remarks>One round trip and one statement per batch, where per-row commands cost a round trip each.</remarks>
internal sealed class PostgreSqlSnapshotRefreshWriter : ISnapshotRefreshWriter
{
    private static readonly ConcurrentDictionary<string, string> Statements = new(StringComparer.Ordinal);

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
        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        command.CommandText = Statements.GetOrAdd(sql.Table, _ => Statement(sql));
        command.Parameters.Add(new NpgsqlParameter<string[]>("id", [.. rows.Select(r => r.Row.TicketId)]));
        command.Parameters.Add(new NpgsqlParameter<long[]>("version", [.. rows.Select(r => r.Row.Version)]));
        command.Parameters.Add(new NpgsqlParameter<long[]>("read", [.. rows.Select(r => r.ReadEvaluatedAtTicks)]));
        for (var i = 0; i < sql.Set.Count; i++)
        {
            var getter = sql.Set[i].Property.GetGetter();
            var values = rows.Select(r => getter.GetClrValue(r.Row)).ToArray();
            var name = string.Create(CultureInfo.InvariantCulture, $"s{i}");
            command.Parameters.Add(sql.Set[i].Property.ClrType switch
            {
                var t when t == typeof(long) => new NpgsqlParameter<long[]>(name, [.. values.Cast<long>()]),
                var t when t == typeof(bool) => new NpgsqlParameter<bool[]>(name, [.. values.Cast<bool>()]),
                var t when t == typeof(double) => new NpgsqlParameter<double[]>(name, [.. values.Cast<double>()]),
                var t when t == typeof(string) => new NpgsqlParameter<string?[]>(name, [.. values.Cast<string?>()]),
                var t => throw new InvalidOperationException($"No array mapping for {t.Name}."),
            });
        }

        var index = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            index[rows[r].Row.TicketId] = r;
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            written[index[reader.GetString(0)]] = true;
        }

        return written;
    }

    private static string Statement(SnapshotRefreshSql sql)
    {
        var columns = sql.Set.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"s{i}")).ToList();
        var assignments = sql.Set.Select((c, i) => $"{c.Column} = v.{columns[i]}");
        var arrays = string.Join(", ", columns.Select(c => "@" + c));
        return $"UPDATE {sql.Table} AS t SET {string.Join(", ", assignments)} "
            + $"FROM unnest(@id, @version, @read, {arrays}) AS v(id, version, read, {string.Join(", ", columns)}) "
            + $"WHERE t.{sql.TicketId} = v.id AND t.{sql.Version} = v.version AND t.{sql.EvaluatedAt} = v.read "
            + $"RETURNING t.{sql.TicketId}";
    }
}
