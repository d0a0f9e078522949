namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>The seeded host (<see cref="SeededCommandCenterFactory.Tickets"/> tickets) on a fresh PostgreSQL database.</summary>
public sealed class PostgreSqlSeededCommandCenterFactory : SeededCommandCenterFactory
{
    protected override TestDatabase CreateDatabase() => new PostgreSqlTestDatabase();
}
