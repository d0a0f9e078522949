namespace SupportOps.CommandCenter.Tests.Ingest;

/// <summary>Every <see cref="WebhookDeliveryTransactionTests"/> test, on PostgreSQL (skipped when PostgreSQL is not configured outside CI).</summary>
public sealed class PostgreSqlWebhookDeliveryTransactionTests() : WebhookDeliveryTransactionTests(services => new PostgreSqlWebhookFactory(services));
