namespace SupportOps.CommandCenter.Ingest;

/// <summary>What one webhook delivery did (the 200 response of <c>POST /api/v1/ingest/{source}</c>).</summary>
/// <param name="Source">The source.</param>
/// <param name="TicketsUpserted">Tickets that got new events.</param>
/// <param name="EventsAppended">Events stored.</param>
/// <param name="Duplicates">Events already stored (same dedupe key): a redelivery stores nothing twice.</param>
/// <param name="Superseded">State changes older than the ticket's latest of the same field, skipped.</param>
/// <param name="DeadLettered">Items of the payload that could not be normalized (stored as dead letters).</param>
/// <param name="Ignored">Items ignored by design (bot messages, bounces, deletions, …).</param>
public sealed record WebhookIngestResponse(string Source, int TicketsUpserted, int EventsAppended, int Duplicates, int Superseded, int DeadLettered, int Ignored);
