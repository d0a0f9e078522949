namespace SupportOps.Adapters.Ingest;

/// <summary>Limits of <see cref="IngestPipeline"/>. Bound from <c>Adapters:Ingest</c>.</summary>
public sealed class IngestPipelineOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Adapters:Ingest";

    /// <summary>Gets or sets the largest payload the pipeline normalizes; larger ones are dead-lettered.</summary>
    /// <value>The default value is 8 MiB (8 388 608 bytes). Must be positive.</value>
    public int MaxPayloadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Gets or sets how many pages one run reads at most, so a source that never ends cannot keep a run going forever.</summary>
    /// <value>The default value is 10 000. Must be positive.</value>
    public int MaxPagesPerRun { get; set; } = 10_000;

    /// <summary>Gets or sets how often an append is retried after a concurrent writer moved the ticket's stream.</summary>
    /// <value>The default value is 3. Must be between 0 and 100.</value>
    public int ConcurrencyRetries { get; set; } = 3;
}
