using System.Collections.Immutable;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Storage;

/// <summary>A batch of events to append atomically to one ticket's stream.</summary>
/// <remarks>
/// <para>The batch is all-or-nothing. How duplicates and the expected version interact is described on
/// <see cref="IEventStore.AppendAsync"/>.</para>
/// </remarks>
public sealed record AppendRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="ticketId">The ticket whose stream receives the events; must not be null or empty.</param>
    /// <param name="expectedVersion">The stream version the caller expects, or <see cref="ExpectedVersion.Any"/>.</param>
    /// <param name="events">The events in order; must not be null, empty or contain null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ticketId"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ticketId"/> is empty, or <paramref name="events"/> is empty or holds null or an event with an empty dedupe key.</exception>
    public AppendRequest(string ticketId, ExpectedVersion expectedVersion, IEnumerable<NewEvent> events)
    {
        TicketId = Guard.NotNullOrEmpty(ticketId);
        ExpectedVersion = expectedVersion;
        Events = [.. Guard.NotNull(events)];
        if (Events.IsEmpty)
        {
            throw new ArgumentException("events must contain at least one event.", nameof(events));
        }

        foreach (var item in Events)
        {
            if (item is null)
            {
                throw new ArgumentException("events must not contain null.", nameof(events));
            }

            if (string.IsNullOrEmpty(item.DedupeKey))
            {
                throw new ArgumentException($"every event needs a dedupe key, but a {item.Event?.WireName} event has none.", nameof(events));
            }
        }
    }

    /// <summary>Gets the ticket whose stream receives the events.</summary>
    public string TicketId { get; }

    /// <summary>Gets the stream version the caller expects.</summary>
    public ExpectedVersion ExpectedVersion { get; }

    /// <summary>Gets the events in order.</summary>
    public ImmutableArray<NewEvent> Events { get; }

    /// <inheritdoc />
    public bool Equals(AppendRequest? other)
        => other is not null && TicketId == other.TicketId && ExpectedVersion == other.ExpectedVersion && Sequences.Equal(Events, other.Events);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TicketId, ExpectedVersion, Sequences.Hash(Events));
}
