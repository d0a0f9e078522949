namespace SupportOps.CommandCenter.Ingest;

/// <summary>How ingested data arrived (the <c>Trigger</c> columns' values).</summary>
public static class IngestTriggers
{
    /// <summary>The ingest runner polled the adapter's source.</summary>
    public const string Poll = "poll";

    /// <summary>The source pushed it to the webhook endpoint.</summary>
    public const string Webhook = "webhook";
}
