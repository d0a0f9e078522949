using System.Collections.Immutable;

namespace SupportOps.Adapters.Ports;

/// <summary>One page of a ticket source's change feed.</summary>
/// <remarks>
/// Acknowledge <see cref="Cursor"/> only after every payload of the page has been durably handled;
/// the next call to <see cref="ITicketSource.ListChangesAsync"/> with it returns the following page.
/// </remarks>
public sealed record ChangePage
{
    /// <summary>Gets the payloads, in the order the source delivered them.</summary>
    public required ImmutableArray<SourcePayload> Payloads { get; init; }

    /// <summary>Gets the cursor just after this page, or null when the page is empty and the position did not move.</summary>
    public SourceCursor? Cursor { get; init; }

    /// <summary>Gets whether more changes are available right away (Zendesk's <c>end_of_stream</c> is false).</summary>
    public bool HasMore { get; init; }
}
