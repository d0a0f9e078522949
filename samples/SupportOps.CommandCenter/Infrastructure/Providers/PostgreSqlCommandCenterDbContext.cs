using Microsoft.EntityFrameworkCore;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// The command center's context on PostgreSQL (Npgsql): the same model as
/// <see cref="CommandCenterDbContext"/>, with its own migrations in <c>Infrastructure/Migrations/PostgreSql</c>.
/// </summary>
/// <remarks>
/// <para>Registered as the implementation of <see cref="CommandCenterDbContext"/> when
/// <c>CommandCenter:Database:Provider</c> is <c>postgresql</c>, so services keep injecting the base type.
/// Every text column uses the <c>"C"</c> collation: strings compare and sort by code point, as they do in
/// SQLite (<c>BINARY</c>) and in .NET's ordinal comparison, so keyset cursors over ticket ids page the same
/// way on both providers whatever the server's locale.</para>
/// </remarks>
/// <param name="options">The context options.</param>
public sealed class PostgreSqlCommandCenterDbContext(DbContextOptions<PostgreSqlCommandCenterDbContext> options) : CommandCenterDbContext(options)
{
    /// <summary>The collation of every text column: byte order, which for UTF-8 is code point order.</summary>
    public const string OrdinalCollation = "C";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(string))
            {
                property.SetCollation(OrdinalCollation);
            }
        }
    }
}
