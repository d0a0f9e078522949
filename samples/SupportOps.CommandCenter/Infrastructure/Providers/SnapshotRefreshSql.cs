using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>The delimited table and column names an <see cref="ISnapshotRefreshWriter"/> writes, read from the EF model.</summary>
internal sealed class SnapshotRefreshSql
{
    private SnapshotRefreshSql(string table, string ticketId, string version, string evaluatedAt, IReadOnlyList<(string Column, IProperty Property)> set)
    {
        Table = table;
        TicketId = ticketId;
        Version = version;
        EvaluatedAt = evaluatedAt;
        Set = set;
    }

    /// <summary>Gets the delimited table name.</summary>
    public string Table { get; }

    /// <summary>Gets the delimited ticket id column.</summary>
    public string TicketId { get; }

    /// <summary>Gets the delimited version column.</summary>
    public string Version { get; }

    /// <summary>Gets the delimited evaluation instant column.</summary>
    public string EvaluatedAt { get; }

    /// <summary>Gets the written columns (<see cref="ISnapshotRefreshWriter.Columns"/>), delimited, with their properties.</summary>
    public IReadOnlyList<(string Column, IProperty Property)> Set { get; }

    /// <summary>Reads the names from the context's model.</summary>
    public static SnapshotRefreshSql For(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(TicketSnapshotRecord)) ?? throw new InvalidOperationException("TicketSnapshotRecord is not mapped.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException("TicketSnapshotRecord is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(store)!);
        return new SnapshotRefreshSql(
            sql.DelimitIdentifier(tableName, entityType.GetSchema()),
            Column(nameof(TicketSnapshotRecord.TicketId)),
            Column(nameof(TicketSnapshotRecord.Version)),
            Column(nameof(TicketSnapshotRecord.EvaluatedAtTicks)),
            [.. ISnapshotRefreshWriter.Columns.Select(p => (Column(p), entityType.FindProperty(p)!))]);
    }
}
