namespace SupportOps.CommandCenter.Ingest;

/// <summary>A dead letter as the operations API shows it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Source">The source.</param>
/// <param name="Trigger">How the payload arrived.</param>
/// <param name="PayloadId">The payload id.</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="Fingerprint">The SHA-256 of the raw payload.</param>
/// <param name="Size">The payload size in bytes.</param>
/// <param name="Preview">The first 2,000 characters of the payload when it is UTF-8 text, else null.</param>
/// <param name="DeadLetteredAt">When it was dead-lettered.</param>
public sealed record DeadLetterView(long Id, string Source, string Trigger, string PayloadId, string Reason, string Fingerprint, int Size, string? Preview, string DeadLetteredAt);
