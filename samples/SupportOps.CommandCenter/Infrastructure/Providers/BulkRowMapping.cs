using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>The table and the inserted columns of an entity type, read from the EF model.</summary>
internal sealed class BulkRowMapping
{
    private BulkRowMapping(string table, IReadOnlyList<(string Column, Func<object, object?> Value)> columns)
    {
        Table = table;
        Columns = columns;
    }

    /// <summary>Gets the delimited table name.</summary>
    public string Table { get; }

    /// <summary>Gets the columns written (delimited names) with their provider values.</summary>
    public IReadOnlyList<(string Column, Func<object, object?> Value)> Columns { get; }

    /// <summary>Reads the mapping of <typeparamref name="T"/> from the context's model.</summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is not mapped to a table.</exception>
    public static BulkRowMapping For<T>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = new List<(string, Func<object, object?>)>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.ValueGenerated != ValueGenerated.Never || property.GetColumnName(store) is not { } column)
            {
                continue;
            }

            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            columns.Add((sql.DelimitIdentifier(column), converter is null
                ? getter.GetClrValueUsingContainingEntity
                : row => getter.GetClrValueUsingContainingEntity(row) is { } value ? converter.ConvertToProvider(value) : null));
        }

        return new BulkRowMapping(sql.DelimitIdentifier(tableName, entityType.GetSchema()), columns);
    }
}
