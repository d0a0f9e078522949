using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>Creates the SQLite context for <c>dotnet ef</c> (migrations of <see cref="CommandCenterDbContext"/>).</summary>
/// <remarks>Design time only: the connection string points at a scratch file and is never opened by <c>migrations add</c>.</remarks>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<CommandCenterDbContext>
{
    public CommandCenterDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<CommandCenterDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
