namespace SupportOps.CommandCenter.Ingest;

/// <summary>The health of one integration (a source, or a notification channel).</summary>
/// <param name="Name">The source or channel name.</param>
/// <param name="Kind"><c>source</c> or <c>notification</c>.</param>
/// <param name="Status"><c>healthy</c>, <c>degraded</c> (last run had errors or dead letters recently), <c>unhealthy</c> or <c>unavailable</c>.</param>
/// <param name="Detail">The adapter's own health description, or why it is unavailable.</param>
/// <param name="LastRun">The latest ingest run, or null.</param>
/// <param name="LastSuccessAt">When the latest error-free run finished, or null.</param>
/// <param name="DeadLetters24h">Dead letters in the last 24 hours.</param>
public sealed record IntegrationHealthView(string Name, string Kind, string Status, string Detail, IngestRunView? LastRun, string? LastSuccessAt, int DeadLetters24h);
