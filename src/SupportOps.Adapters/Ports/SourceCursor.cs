using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Ports;

/// <summary>
/// An opaque position in a ticket source's change feed: a Zendesk <c>after_cursor</c> or
/// <c>end_time</c>, a Slack event offset, the last e-mail file read.
/// </summary>
/// <remarks>Only the source that issued a cursor can interpret it; the pipeline stores and returns it verbatim.</remarks>
public sealed record SourceCursor
{
    /// <summary>Initializes a cursor.</summary>
    /// <param name="value">The source-specific value. Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty.</exception>
    public SourceCursor(string value) => Value = Guard.NotNullOrWhiteSpace(value);

    /// <summary>Gets the source-specific value.</summary>
    public string Value { get; }

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
