namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>The host on a fresh PostgreSQL database (created by the start-up migration, dropped on dispose).</summary>
public sealed class PostgreSqlCommandCenterFactory : CommandCenterFactory
{
    protected override TestDatabase CreateDatabase() => new PostgreSqlTestDatabase();
}
