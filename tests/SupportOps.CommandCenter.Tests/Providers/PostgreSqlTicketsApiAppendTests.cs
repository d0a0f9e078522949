using SupportOps.CommandCenter.Tests.Apis;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Every <see cref="TicketsApiAppendTests"/> test, on PostgreSQL (skipped when PostgreSQL is not configured outside CI).</summary>
public sealed class PostgreSqlTicketsApiAppendTests(PostgreSqlCommandCenterFactory factory)
    : TicketsApiAppendTests(factory), IClassFixture<PostgreSqlCommandCenterFactory>;
