using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// Derives a ticket's <see cref="RollupFact"/>s from its stream: a pure function of the events, so the
/// facts (and the rollups, their sums) do not depend on how the events were batched or when they were
/// appended, and a from-scratch recomputation gives the same rows.
/// </summary>
/// <remarks>
/// <para>The stream is read in version order through <see cref="TicketReducer.Apply"/>; events before
/// the first <c>ticket_created</c> count for nothing (as for the SLA). Event instants are made monotone
/// (an event earlier than its predecessor is taken at the predecessor's instant), and each fact is
/// counted on the local day of its instant under the ticket's queue, channel, priority and assignee
/// just after the event.</para>
/// <list type="bullet">
/// <item><c>created</c>, <c>first_reply</c> (seconds = reply − creation), <c>solved</c> (open → solved or
/// closed; seconds = solve − creation), <c>reopened</c> (solved or closed → open), <c>escalated</c> (each
/// <c>escalated</c> event).</item>
/// <item><c>backlog</c>: +1 where the ticket enters the backlog (open, i.e. new, open, pending or on
/// hold) or arrives in a key while open, −1 where it leaves one.</item>
/// <item><c>sla_met</c> / <c>sla_breached</c>: the SLA state is evaluated at the stream's last instant;
/// a cycle whose due instant passed by then is breached (on the day of its due instant, under the
/// dimensions of that moment), a cycle fulfilled before its due instant is met (on the day it was
/// fulfilled). A running cycle is counted once it is decided: a breach is seen at the ticket's next
/// event (the worker's <c>sla_breached</c> event is one).</item>
/// </list>
/// <para>This type is thread-safe.</para>
/// </remarks>
/// <param name="calendar">The reporting calendar (local days).</param>
/// <param name="calculator">Evaluates the SLA state.</param>
internal sealed class RollupFactExtractor(ReportingCalendar calendar, TicketStateCalculator calculator)
{
    /// <summary>Extracts the facts of a stream in version order.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="events">The whole stream, in version order.</param>
    /// <returns>The facts, in stream order.</returns>
    public List<RollupFact> Extract(string ticketId, IReadOnlyList<EventEnvelope> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var facts = new List<RollupFact>();
        var state = TicketSnapshot.Empty(ticketId);
        var timeline = new List<(Instant At, RollupDimensions Dimensions)>();
        Instant? created = null;
        Instant last = default;
        var open = false;
        var replied = false;
        RollupDimensions current = default;
        foreach (var envelope in events)
        {
            var next = TicketReducer.Apply(state, envelope);
            state = next;
            var isCreation = created is null && envelope.Event is TicketCreated;
            if (created is null && !isCreation)
            {
                continue;
            }

            var at = created is not null && envelope.OccurredAt < last ? last : envelope.OccurredAt;
            created ??= at;
            last = at;
            var dimensions = DimensionsOf(next);
            var day = calendar.DayOf(at);
            timeline.Add((at, dimensions));
            var isOpen = IsOpen(next.Status);
            if (isCreation)
            {
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.Created, string.Empty, dimensions, 1, 0));
            }
            else if (open && !isOpen)
            {
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.Solved, string.Empty, dimensions, 1, Seconds(at - created.Value)));
            }
            else if (!open && isOpen)
            {
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.Reopened, string.Empty, dimensions, 1, 0));
            }

            if (envelope.Event is AgentPublicReply && !replied)
            {
                replied = true;
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.FirstReply, string.Empty, dimensions, 1, Seconds(at - created.Value)));
            }
            else if (envelope.Event is Escalated)
            {
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.Escalated, string.Empty, dimensions, 1, 0));
            }

            if (open && (!isOpen || dimensions != current))
            {
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.Backlog, string.Empty, current, -1, 0));
            }

            if (isOpen && (!open || dimensions != current))
            {
                facts.Add(new RollupFact(ticketId, day, RollupMetrics.Backlog, string.Empty, dimensions, 1, 0));
            }

            open = isOpen;
            current = dimensions;
        }

        if (created is not null)
        {
            AddSlaFacts(ticketId, events, last, timeline, facts);
        }

        return facts;
    }

    private void AddSlaFacts(string ticketId, IReadOnlyList<EventEnvelope> events, Instant last, List<(Instant At, RollupDimensions Dimensions)> timeline, List<RollupFact> facts)
    {
        var sla = calculator.EvaluateSla(events, last);
        if (sla is null)
        {
            return;
        }

        foreach (var timer in sla.Timers)
        {
            var name = Vocabulary.Wire(timer.Kind);
            foreach (var cycle in timer.Cycles)
            {
                if (cycle.BreachedAt is { } breachedAt && breachedAt <= sla.Now)
                {
                    facts.Add(new RollupFact(ticketId, calendar.DayOf(breachedAt), RollupMetrics.SlaBreached, name, At(timeline, breachedAt), 1, 0));
                }
                else if (cycle.Status == SlaCycleStatus.Fulfilled && cycle.FulfilledAt is { } fulfilledAt)
                {
                    facts.Add(new RollupFact(ticketId, calendar.DayOf(fulfilledAt), RollupMetrics.SlaMet, name, At(timeline, fulfilledAt), 1, 0));
                }
            }
        }
    }

    private static RollupDimensions At(List<(Instant At, RollupDimensions Dimensions)> timeline, Instant instant)
    {
        var found = timeline[0].Dimensions;
        foreach (var (at, dimensions) in timeline)
        {
            if (at > instant)
            {
                break;
            }

            found = dimensions;
        }

        return found;
    }

    private static RollupDimensions DimensionsOf(TicketSnapshot snapshot) => new(
        snapshot.Queue ?? string.Empty,
        snapshot.Channel is { } channel ? Vocabulary.Wire(channel) : string.Empty,
        Vocabulary.Wire(snapshot.Priority),
        snapshot.Assignee ?? string.Empty);

    private static bool IsOpen(TicketStatus status) => status is TicketStatus.New or TicketStatus.Open or TicketStatus.PendingCustomer or TicketStatus.OnHold;

    private static long Seconds(Duration duration) => (long)duration.TotalSeconds;
}
