using SupportOps.CommandCenter.Tests.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Every <see cref="SnapshotRefresherCounterTests"/> test, on PostgreSQL (skipped when PostgreSQL is not configured outside CI).</summary>
public sealed class PostgreSqlSnapshotRefresherCounterTests(PostgreSqlSeededCommandCenterFactory factory)
    : SnapshotRefresherCounterTests(factory), IClassFixture<PostgreSqlSeededCommandCenterFactory>;
