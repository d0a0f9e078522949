using System.Collections.Immutable;
using NodaTime;
using SupportOps.EventTimeline.Events;
using Sla = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// Maps a ticket's timeline events to the SLA engine's occurrences. EventTimeline and SlaEngine do not
/// reference each other (docs/event-timeline.md, "Timeline and the SLA engine"); this bridge lives in
/// the host until the integration package replaces it.
/// </summary>
/// <remarks>
/// <para>The timeline is what sources reported, in version order; the SLA engine wants a valid
/// history in time order. The mapper makes the one into the other without inventing anything:</para>
/// <list type="bullet">
/// <item>events before <c>ticket_created</c>, and a second <c>ticket_created</c>, are ignored (no SLA
/// before the ticket exists; an empty result means no SLA state);</item>
/// <item>an event that occurred earlier than the previous mapped one (a late delivery) counts at the
/// previous one's instant, so version order is kept;</item>
/// <item>status changes after <c>closed</c> are ignored (a closed ticket is final for the SLA engine);</item>
/// <item>events without an SLA meaning (tags, queue, assignee, routing, summaries, SLA markers) map to nothing.</item>
/// </list>
/// <para>A change from <c>solved</c> to an unsolved status is a reopen for the SLA engine.</para>
/// </remarks>
internal static class TimelineSlaMapper
{
    /// <summary>Maps a stream, in version order, to occurrences in time order.</summary>
    public static ImmutableArray<Sla.TicketOccurrence> Map(IEnumerable<EventEnvelope> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var result = ImmutableArray.CreateBuilder<Sla.TicketOccurrence>();
        var created = false;
        var closed = false;
        var last = Instant.MinValue;
        foreach (var envelope in events)
        {
            if (!created && envelope.Event is not TicketCreated)
            {
                continue;
            }

            var at = envelope.OccurredAt < last ? last : envelope.OccurredAt;
            Sla.TicketOccurrence? occurrence = envelope.Event switch
            {
                TicketCreated c when !created => new Sla.TicketCreated(
                    at,
                    Vocabulary.Map<Priority, Sla.Priority>(c.Priority),
                    Vocabulary.Map<CustomerTier, Sla.CustomerTier>(c.Tier),
                    Vocabulary.Map<Channel, Sla.Channel>(c.Channel),
                    c.Tags),
                CustomerMessage => new Sla.CustomerMessageReceived(at),
                AgentPublicReply => new Sla.AgentReplied(at),
                InternalNote => new Sla.InternalNoteAdded(at),
                StatusChanged s when !closed => new Sla.StatusChanged(at, Vocabulary.Map<TicketStatus, Sla.TicketStatus>(s.To)),
                PriorityChanged p => new Sla.PriorityChanged(at, Vocabulary.Map<Priority, Sla.Priority>(p.To)),
                _ => null,
            };
            if (occurrence is null)
            {
                continue;
            }

            created = true;
            closed |= envelope.Event is StatusChanged { To: TicketStatus.Closed };
            last = at;
            result.Add(occurrence);
        }

        return result.DrainToImmutable();
    }
}
