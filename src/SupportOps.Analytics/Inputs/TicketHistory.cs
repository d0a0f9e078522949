using SupportOps.Analytics.Internal;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.SlaEngine;
using SupportOps.SlaEngine.Evaluation;
using NodaTime;

namespace SupportOps.Analytics.Inputs;

/// <summary>One ticket's events in version order, with its SLA state when the caller has one.</summary>
/// <remarks>
/// <para>The SLA state should be evaluated at the report's <c>now</c> (at or after the period's end);
/// <see cref="WithSla"/> does that with the timeline bridge. Without a state the ticket still counts in
/// every figure except SLA attainment.</para>
/// <para>This type is immutable as long as the caller does not change the event list; it is thread-safe to read.</para>
/// </remarks>
public sealed class TicketHistory
{
    /// <summary>Initializes a ticket history.</summary>
    /// <param name="events">The ticket's events in version order, starting with its <c>ticket_created</c>; must not be null or empty.</param>
    /// <param name="sla">The ticket's SLA state, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> is empty.</exception>
    public TicketHistory(IReadOnlyList<EventEnvelope> events, TicketSlaState? sla = null)
    {
        Guard.NotNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("events must hold at least the ticket_created event, but it is empty.", nameof(events));
        }

        Events = events;
        Sla = sla;
    }

    /// <summary>Gets the ticket id (that of the first event).</summary>
    public string TicketId => Events[0].TicketId;

    /// <summary>Gets the ticket's events in version order.</summary>
    public IReadOnlyList<EventEnvelope> Events { get; }

    /// <summary>Gets the ticket's SLA state, or <see langword="null"/> when none was given.</summary>
    public TicketSlaState? Sla { get; }

    /// <summary>Groups events that arrive in any order into one history per ticket, each in version order.</summary>
    /// <param name="events">Events of any number of tickets, in any order; must not be null.</param>
    /// <returns>The histories, ordered by ticket id (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A ticket has two events with the same version.</exception>
    public static IReadOnlyList<TicketHistory> GroupByTicket(IEnumerable<EventEnvelope> events)
    {
        Guard.NotNull(events);
        var streams = new Dictionary<string, List<EventEnvelope>>(StringComparer.Ordinal);
        foreach (var envelope in events)
        {
            Guard.NotNull(envelope);
            if (!streams.TryGetValue(envelope.TicketId, out var stream))
            {
                stream = [];
                streams.Add(envelope.TicketId, stream);
            }

            stream.Add(envelope);
        }

        var histories = new List<TicketHistory>(streams.Count);
        foreach (var (ticketId, stream) in streams.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            stream.Sort(static (a, b) => a.Version.CompareTo(b.Version));
            for (var i = 1; i < stream.Count; i++)
            {
                if (stream[i].Version == stream[i - 1].Version)
                {
                    throw new ArgumentException($"Ticket '{ticketId}' has two events with version {stream[i].Version}.", nameof(events));
                }
            }

            histories.Add(new TicketHistory(stream));
        }

        return histories;
    }

    /// <summary>Returns this history with its SLA state evaluated at <paramref name="now"/> from its events.</summary>
    /// <param name="evaluator">The SLA evaluator; must not be null.</param>
    /// <param name="now">The evaluation instant, normally the report's <c>now</c>.</param>
    /// <returns>A history with <see cref="Sla"/> set (null when the ticket was created after <paramref name="now"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException">The events do not start with <c>ticket_created</c>.</exception>
    public TicketHistory WithSla(SlaEvaluator evaluator, Instant now) =>
        new(Events, Guard.NotNull(evaluator).EvaluateTimeline(Events, now));
}
