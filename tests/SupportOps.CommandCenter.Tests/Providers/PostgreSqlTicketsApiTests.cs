using SupportOps.CommandCenter.Tests.Apis;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Every <see cref="TicketsApiTests"/> test, on PostgreSQL (skipped when PostgreSQL is not configured outside CI).</summary>
public sealed class PostgreSqlTicketsApiTests(PostgreSqlSeededCommandCenterFactory factory)
    : TicketsApiTests(factory), IClassFixture<PostgreSqlSeededCommandCenterFactory>;
