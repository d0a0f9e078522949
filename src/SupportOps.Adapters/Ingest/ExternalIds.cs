using SupportOps.Adapters.Internal;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Ingest;

/// <summary>Builds timeline ticket ids and dedupe keys from external identifiers.</summary>
/// <remarks>
/// <para>
/// A dedupe key is <c>{source}:{externalTicketId}:{externalEventId or updatedAt}</c>, optionally
/// followed by <c>:{facet}</c> when one external event yields several timeline events (a ticket
/// snapshot's status and priority). The same external fact always yields the same key, which is
/// what makes redelivery harmless.
/// </para>
/// </remarks>
public static class ExternalIds
{
    /// <summary>Gets the wire name of a source: <c>zendesk</c>, <c>slack</c>, <c>email</c>, <c>web</c>, <c>api</c>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not defined.</exception>
    public static string SourceName(EventSource source) => source switch
    {
        EventSource.Zendesk => "zendesk",
        EventSource.Slack => "slack",
        EventSource.Email => "email",
        EventSource.Web => "web",
        EventSource.Api => "api",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, $"source {source} is not a defined event source."),
    };

    /// <summary>Gets the timeline ticket id of an external ticket: <c>{source}:{externalTicketId}</c>.</summary>
    /// <param name="source">The source.</param>
    /// <param name="externalTicketId">The ticket id in the source. Must not be null or empty.</param>
    /// <returns>The ticket id, for example <c>zendesk:28</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="externalTicketId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="externalTicketId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not defined.</exception>
    public static string TicketId(EventSource source, string externalTicketId) =>
        string.Concat(SourceName(source), ":", Guard.NotNullOrWhiteSpace(externalTicketId));

    /// <summary>Builds a dedupe key.</summary>
    /// <param name="source">The source.</param>
    /// <param name="externalTicketId">The ticket id in the source. Must not be null or empty.</param>
    /// <param name="externalEventIdOrUpdatedAt">The external event id, or the ticket's updated-at when the source has no event id. Must not be null or empty.</param>
    /// <param name="facet">Distinguishes several events derived from one external event (<c>status</c>, <c>priority</c>); null for none.</param>
    /// <returns>The key, for example <c>zendesk:28:2127301163</c>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A required argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not defined.</exception>
    public static string DedupeKey(EventSource source, string externalTicketId, string externalEventIdOrUpdatedAt, string? facet = null)
    {
        var key = string.Concat(TicketId(source, externalTicketId), ":", Guard.NotNullOrWhiteSpace(externalEventIdOrUpdatedAt));
        return facet is null ? key : string.Concat(key, ":", facet);
    }
}
