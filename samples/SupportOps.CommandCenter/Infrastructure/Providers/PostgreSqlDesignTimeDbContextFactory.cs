using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>Creates the PostgreSQL context for <c>dotnet ef</c> (migrations of <see cref="PostgreSqlCommandCenterDbContext"/>).</summary>
/// <remarks>Design time only: <c>migrations add</c> never opens the connection.</remarks>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlCommandCenterDbContext>
{
    public PostgreSqlCommandCenterDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgreSqlCommandCenterDbContext>().UseNpgsql("Host=localhost;Database=supportops_design_time").Options);
}
