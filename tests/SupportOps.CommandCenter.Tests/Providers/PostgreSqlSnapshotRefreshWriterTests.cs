namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Every <see cref="SnapshotRefreshWriterTests"/> test, on PostgreSQL (skipped when PostgreSQL is not configured outside CI).</summary>
public sealed class PostgreSqlSnapshotRefreshWriterTests() : SnapshotRefreshWriterTests(() => new PostgreSqlTestDatabase());
