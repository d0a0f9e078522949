namespace SupportOps.EventTimeline.Events;

/// <summary>A file attached to a message. Attachments are listed, never inlined.</summary>
public sealed record Attachment
{
    /// <summary>Gets the file name, for example <c>invoice.pdf</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the MIME content type, for example <c>application/pdf</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>Gets the size in bytes.</summary>
    public long SizeBytes { get; init; }
}
