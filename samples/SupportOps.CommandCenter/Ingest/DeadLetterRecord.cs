namespace SupportOps.CommandCenter.Ingest;

/// <summary>A payload that failed to normalize, kept with the error: a row of the <c>DeadLetters</c> table.</summary>
/// <remarks>The same payload (source, payload id and content fingerprint) is stored once, however often it is redelivered.</remarks>
public sealed class DeadLetterRecord
{
    /// <summary>Gets or sets the surrogate key (arrival order).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the SHA-256 (hex) of the adapters' dead-letter key; unique.</summary>
    public required string KeyHash { get; set; }

    /// <summary>Gets or sets the source wire name (<c>zendesk</c>, <c>slack</c>, <c>email</c>).</summary>
    public required string Source { get; set; }

    /// <summary>Gets or sets how it arrived (<see cref="IngestTriggers"/>).</summary>
    public required string Trigger { get; set; }

    /// <summary>Gets or sets the payload id (file name, item path, or the webhook delivery).</summary>
    public required string PayloadId { get; set; }

    /// <summary>Gets or sets why it was rejected.</summary>
    public required string Reason { get; set; }

    /// <summary>Gets or sets the SHA-256 (hex) of the raw payload.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>Gets or sets the raw payload bytes.</summary>
    public required byte[] Payload { get; set; }

    /// <summary>Gets or sets when it was dead-lettered, as Unix ticks.</summary>
    public long DeadLetteredAtTicks { get; set; }
}
