using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>SQLite's <see cref="IBulkRowWriter"/>: one prepared <c>INSERT</c>, re-executed with new parameter values per row.</summary>
/// <remarks>Inside one transaction SQLite writes each row at the cost of its index updates, with no per-row round trip or fsync.</remarks>
internal sealed class SqliteBulkRowWriter : IBulkRowWriter
{
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
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var names = mapping.Columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@p{i}")).ToList();
        command.CommandText = $"INSERT INTO {mapping.Table} ({string.Join(", ", mapping.Columns.Select(c => c.Column))}) VALUES ({string.Join(", ", names)})";
        var parameters = names.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = mapping.Columns[i].Value(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
