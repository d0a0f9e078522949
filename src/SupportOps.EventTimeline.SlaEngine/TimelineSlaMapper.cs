using System.Collections.Immutable;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.SlaEngine.Internal;
using Occ = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.EventTimeline.SlaEngine;

/// <summary>
/// Maps a ticket's timeline events (<see cref="EventEnvelope"/>s in version order) to the SLA engine's
/// occurrences, so that <see cref="global::SupportOps.SlaEngine.Evaluation.SlaEvaluator"/> can evaluate a ticket
/// straight from its history.
/// </summary>
/// <remarks>
/// <para>The rules, one event at a time:</para>
/// <list type="bullet">
/// <item><description><see cref="TicketCreated"/> becomes <see cref="Occ.TicketCreated"/> with its priority, tier, channel and tags; it must be the first event.</description></item>
/// <item><description><see cref="CustomerMessage"/>, <see cref="AgentPublicReply"/> and <see cref="InternalNote"/> become
/// <see cref="Occ.CustomerMessageReceived"/>, <see cref="Occ.AgentReplied"/> and <see cref="Occ.InternalNoteAdded"/>.</description></item>
/// <item><description><see cref="StatusChanged"/> becomes <see cref="Occ.TicketReopened"/> when a solved ticket goes back to
/// <see cref="TicketStatus.New"/> or <see cref="TicketStatus.Open"/>, and <see cref="Occ.StatusChanged"/> otherwise; a change to the status the ticket already has is dropped.</description></item>
/// <item><description><see cref="PriorityChanged"/> becomes <see cref="Occ.PriorityChanged"/>; a change to the current priority is dropped.</description></item>
/// <item><description>Every other event (assignee, queue, tags, tier, escalation, routing, SLA, summary, merge) does not move SLA timers and is skipped.</description></item>
/// <item><description>Once the ticket is <see cref="TicketStatus.Closed"/> it cannot change, so later events are skipped (a source that
/// reopens a closed ticket should create a follow-up ticket instead).</description></item>
/// <item><description>Occurrences must be in time order; an event whose <see cref="EventEnvelope.OccurredAt"/> is earlier than the
/// previous one (source clocks disagree) is taken at the previous instant, keeping the stream's version order.</description></item>
/// </list>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class TimelineSlaMapper
{
    /// <summary>Maps a ticket's events to SLA occurrences.</summary>
    /// <param name="events">The ticket's events in version order, starting with its <see cref="TicketCreated"/>; must not be null.</param>
    /// <returns>The occurrences, in time order, starting with <see cref="Occ.TicketCreated"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The events are empty, do not start with <see cref="TicketCreated"/>, or belong to more than one ticket.</exception>
    public static ImmutableArray<Occ.TicketOccurrence> ToOccurrences(IEnumerable<EventEnvelope> events) =>
        ToOccurrences(events, Instant.MaxValue);

    /// <summary>Maps a ticket's events that occurred at or before an instant to SLA occurrences.</summary>
    /// <param name="events">The ticket's events in version order, starting with its <see cref="TicketCreated"/>; must not be null.</param>
    /// <param name="asOf">Events that occurred after this instant are left out (so the result can be evaluated at <paramref name="asOf"/>).</param>
    /// <returns>The occurrences, in time order; empty when the ticket was created after <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The events are empty, do not start with <see cref="TicketCreated"/>, or belong to more than one ticket.</exception>
    public static ImmutableArray<Occ.TicketOccurrence> ToOccurrences(IEnumerable<EventEnvelope> events, Instant asOf)
    {
        Guard.NotNull(events);
        var builder = ImmutableArray.CreateBuilder<Occ.TicketOccurrence>();
        var mapper = new Mapper();
        foreach (var envelope in events)
        {
            if (envelope is null)
            {
                throw new ArgumentNullException(nameof(events), $"events holds a null envelope after {builder.Count} mapped occurrences.");
            }

            if (envelope.OccurredAt > asOf && mapper.Started)
            {
                // Version order is kept, so once an event is past asOf a later one may still be earlier in time
                // only through clock skew; those are clamped, never reordered, so stop here.
                break;
            }

            if (mapper.Map(envelope) is { } occurrence)
            {
                if (occurrence.At > asOf)
                {
                    break;
                }

                builder.Add(occurrence);
            }
        }

        if (!mapper.Started)
        {
            throw new ArgumentException("events must start with a ticket_created event, but there are none.", nameof(events));
        }

        return builder.DrainToImmutable();
    }

    /// <summary>The per-ticket state the mapping needs: status, priority, the last instant, and the ticket id.</summary>
    private struct Mapper
    {
        private string? _ticketId;
        private TicketStatus _status;
        private Priority _priority;
        private Instant _last;

        public readonly bool Started => _ticketId is not null;

        public Occ.TicketOccurrence? Map(EventEnvelope envelope)
        {
            if (_ticketId is null)
            {
                if (envelope.Event is not TicketCreated created)
                {
                    throw new ArgumentException(
                        $"events must start with a ticket_created event, but event {envelope.EventId} (version {envelope.Version}) of ticket '{envelope.TicketId}' is {envelope.Event.WireName}.",
                        "events");
                }

                _ticketId = envelope.TicketId;
                _status = TicketStatus.New;
                _priority = created.Priority;
                _last = envelope.OccurredAt;
                return new Occ.TicketCreated(
                    _last,
                    SlaVocabulary.ToSla(created.Priority),
                    SlaVocabulary.ToSla(created.Tier),
                    SlaVocabulary.ToSla(created.Channel),
                    created.Tags);
            }

            if (!string.Equals(envelope.TicketId, _ticketId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"events must belong to one ticket, but event {envelope.EventId} belongs to '{envelope.TicketId}', not '{_ticketId}'.",
                    "events");
            }

            if (_status == TicketStatus.Closed)
            {
                return null;
            }

            var at = envelope.OccurredAt < _last ? _last : envelope.OccurredAt;
            Occ.TicketOccurrence? result;
            switch (envelope.Event)
            {
                case CustomerMessage:
                    result = new Occ.CustomerMessageReceived(at);
                    break;
                case AgentPublicReply:
                    result = new Occ.AgentReplied(at);
                    break;
                case InternalNote:
                    result = new Occ.InternalNoteAdded(at);
                    break;
                case StatusChanged change when change.To == _status:
                    result = null;
                    break;
                case StatusChanged change:
                    result = _status == TicketStatus.Solved && change.To is TicketStatus.New or TicketStatus.Open
                        ? new Occ.TicketReopened(at)
                        : new Occ.StatusChanged(at, SlaVocabulary.ToSla(change.To));
                    _status = change.To;
                    break;
                case PriorityChanged change when change.To == _priority:
                    result = null;
                    break;
                case PriorityChanged change:
                    result = new Occ.PriorityChanged(at, SlaVocabulary.ToSla(change.To));
                    _priority = change.To;
                    break;
                default:
                    result = null;
                    break;
            }

            if (result is not null)
            {
                _last = at;
            }

            return result;
        }
    }
}
