using SupportOps.CommandCenter.Tests.Seeding;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Every <see cref="BulkTicketImporterTests"/> test, on PostgreSQL (binary COPY), skipped when PostgreSQL is not configured outside CI.</summary>
public sealed class PostgreSqlBulkTicketImporterTests() : BulkTicketImporterTests(() => new PostgreSqlTestDatabase());
