using System.Collections.Immutable;
using NodaTime;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskEvaluation.History;

/// <summary>A ticket rebuilt from its events, with the instants the replay needs.</summary>
/// <remarks>
/// <para>Import rules: created = the first event; first response = the first "Take in charge ticket"; resolved = the
/// first "Resolve ticket". A ticket stops waiting for a timer when that timer is served, or at its last event when it
/// never is (so abandoned tickets do not clog the queue forever).</para>
/// </remarks>
public sealed class HistoricalTicket
{
    /// <summary>Initializes a ticket from its events.</summary>
    /// <param name="id">The ticket id.</param>
    /// <param name="queue">The queue it waits in.</param>
    /// <param name="events">Its events, sorted by time; at least one.</param>
    /// <param name="priority">Its priority (P2 when the source has none).</param>
    /// <param name="channel">Its channel (email when the source has none).</param>
    public HistoricalTicket(string id, string queue, ImmutableArray<TicketEvent> events, Priority priority = Priority.P2, Channel channel = Channel.Email)
    {
        if (events.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"ticket {id} has no events.", nameof(events));
        }

        Id = id;
        Queue = queue;
        Events = events;
        Priority = priority;
        Channel = channel;
        Created = events[0].At;
        LastEvent = events[^1].At;
        FirstResponse = First(events, TicketEvent.TakeInCharge);
        Resolved = First(events, TicketEvent.Resolve);
    }

    /// <summary>Gets the ticket id.</summary>
    public string Id { get; }

    /// <summary>Gets the queue.</summary>
    public string Queue { get; }

    /// <summary>Gets the events, sorted by time.</summary>
    public ImmutableArray<TicketEvent> Events { get; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the creation instant (the first event).</summary>
    public Instant Created { get; }

    /// <summary>Gets the last event's instant.</summary>
    public Instant LastEvent { get; }

    /// <summary>Gets the first response (first "Take in charge ticket"), if any.</summary>
    public Instant? FirstResponse { get; }

    /// <summary>Gets the first resolution (first "Resolve ticket"), if any.</summary>
    public Instant? Resolved { get; }

    /// <summary>Gets when the timer was served, if it was.</summary>
    /// <param name="kind">The timer.</param>
    /// <returns>The instant, or null.</returns>
    public Instant? Served(TimerKind kind) => kind == TimerKind.FirstResponse ? FirstResponse : Resolved;

    /// <summary>Gets when the ticket stopped waiting for the timer: served, or else its last event.</summary>
    /// <param name="kind">The timer.</param>
    /// <returns>The instant.</returns>
    public Instant LeftQueue(TimerKind kind) => Served(kind) ?? LastEvent;

    /// <summary>Gets the ticket's state at an instant from the events up to and including it.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The status (Open, or PendingCustomer after a "Wait" until the next event) and the current assignee
    /// (the resource of the latest "Take in charge ticket"), or null when nobody has taken it.</returns>
    public (TicketStatus Status, string? Assignee) StateAt(Instant at)
    {
        var status = TicketStatus.New;
        string? assignee = null;
        foreach (var e in Events)
        {
            if (e.At > at)
            {
                break;
            }

            switch (e.Activity)
            {
                case TicketEvent.TakeInCharge:
                    assignee = e.Resource;
                    status = TicketStatus.Open;
                    break;
                case TicketEvent.Wait:
                    status = TicketStatus.PendingCustomer;
                    break;
                default:
                    status = status == TicketStatus.PendingCustomer ? TicketStatus.Open : status;
                    break;
            }
        }

        return (status, assignee);
    }

    private static Instant? First(ImmutableArray<TicketEvent> events, string activity)
    {
        foreach (var e in events)
        {
            if (e.Activity == activity)
            {
                return e.At;
            }
        }

        return null;
    }
}
