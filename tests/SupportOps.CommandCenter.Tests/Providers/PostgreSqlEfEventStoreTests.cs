using SupportOps.CommandCenter.Tests.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Every <see cref="EfEventStoreTests"/> test, on PostgreSQL (skipped when PostgreSQL is not configured outside CI).</summary>
public sealed class PostgreSqlEfEventStoreTests() : EfEventStoreTests(() => new PostgreSqlTestDatabase());
