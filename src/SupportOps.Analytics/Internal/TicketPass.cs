using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.EventTimeline.Events;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.Analytics.Internal;

/// <summary>
/// One pass over one ticket's events that feeds every period's accumulator: the ticket's state is
/// captured as each period starts and ends, and each event is attributed to the period it falls in.
/// </summary>
/// <remarks>
/// <para>The walk keeps constant state per ticket. Event instants are made monotone (an event earlier than the
/// one before it is taken at that one's instant), events after <c>now</c> are ignored.</para>
/// </remarks>
internal ref struct TicketPass
{
    private readonly PeriodAccumulator[] _periods;
    private readonly Instant _now;
    private readonly Span<bool> _startCaptured;
    private readonly Span<bool> _endCaptured;
    private readonly Span<bool> _touched;
    private readonly Span<bool> _escalated;

    private string _ticketId;
    private bool _created;
    private Instant _createdAt;
    private Channel _channel;
    private Priority _priority;
    private string _queue;
    private TicketStatus _status;
    private string? _assignee;
    private Instant? _firstReplyAt;
    private Instant? _lastSolveAt;
    private int _repliesTotal;
    private int _repliesAtSolve;
    private int _reopensTotal;
    private Instant? _activeSince;

    private TicketPass(PeriodAccumulator[] periods, Instant now, Span<bool> flags)
    {
        _periods = periods;
        _now = now;
        var n = periods.Length;
        _startCaptured = flags[..n];
        _endCaptured = flags.Slice(n, n);
        _touched = flags.Slice(2 * n, n);
        _escalated = flags.Slice(3 * n, n);
        _ticketId = string.Empty;
        _queue = Names.NoQueue;
    }

    public static void Run(TicketHistory ticket, PeriodAccumulator[] periods, Instant now)
    {
        Span<bool> flags = stackalloc bool[4 * periods.Length];
        var pass = new TicketPass(periods, now, flags);
        pass.Walk(ticket);
    }

    private void Walk(TicketHistory ticket)
    {
        var events = ticket.Events;
        _ticketId = ticket.TicketId;
        var previous = Instant.MinValue;
        for (var i = 0; i < events.Count; i++)
        {
            var envelope = events[i];
            if (!string.Equals(envelope.TicketId, _ticketId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Ticket '{_ticketId}' history holds event {envelope.EventId} of ticket '{envelope.TicketId}'; a history holds one ticket's events.",
                    nameof(ticket));
            }

            var at = envelope.OccurredAt < previous ? previous : envelope.OccurredAt;
            if (at > _now)
            {
                break;
            }

            previous = at;
            CrossBoundaries(at);
            Apply(envelope, at);
        }

        CrossBoundaries(Instant.MaxValue);
        CloseActive(_now);
        CountSla(ticket.Sla);
    }

    private readonly int PeriodAt(Instant at)
    {
        for (var p = 0; p < _periods.Length; p++)
        {
            if (_periods[p].Contains(at))
            {
                return p;
            }
        }

        return -1;
    }

    private void CrossBoundaries(Instant at)
    {
        for (var p = 0; p < _periods.Length; p++)
        {
            var period = _periods[p];
            if (!_startCaptured[p] && at >= period.Start)
            {
                _startCaptured[p] = true;
                if (_created && IsOpen(_status))
                {
                    period.OpenAtStart++;
                }
            }

            if (!_endCaptured[p] && at >= period.End)
            {
                _endCaptured[p] = true;
                CaptureEnd(period, p);
            }
        }
    }

    private readonly void CaptureEnd(PeriodAccumulator period, int p)
    {
        if (_touched[p])
        {
            period.Active++;
        }

        if (_escalated[p])
        {
            period.Escalated++;
        }

        if (!_created)
        {
            return;
        }

        if (IsOpen(_status))
        {
            period.OpenAtEnd++;
            period.AddBacklog(_createdAt, _queue, _priority, _channel);
            if (_assignee is not null)
            {
                var agent = period.Agent(_assignee);
                agent.OpenAssigned++;
                agent.OpenByChannel[(int)_channel]++;
                if (_status == TicketStatus.PendingCustomer)
                {
                    agent.Pending++;
                }
            }
        }
        else if (_lastSolveAt is { } solved && period.Contains(solved))
        {
            period.Resolved++;
            period.AddResolution(_createdAt, solved);
            if (_repliesAtSolve == 1 && _reopensTotal == 0)
            {
                period.OneTouch++;
            }
        }
    }

    private void Apply(EventEnvelope envelope, Instant at)
    {
        var p = PeriodAt(at);
        if (p >= 0)
        {
            _touched[p] = true;
        }

        switch (envelope.Event)
        {
            case TicketCreated created when !_created:
                _created = true;
                _createdAt = at;
                _channel = created.Channel;
                _priority = created.Priority;
                _queue = created.Queue ?? Names.NoQueue;
                _status = TicketStatus.New;
                if (p >= 0)
                {
                    _periods[p].AddCreated(at, _channel);
                }

                break;
            case AgentPublicReply reply when _created:
                _repliesTotal++;
                if (p >= 0)
                {
                    _periods[p].Replies++;
                    _periods[p].Agent(reply.AuthorId).Replies++;
                }

                if (_firstReplyAt is null)
                {
                    _firstReplyAt = at;
                    if (p >= 0)
                    {
                        _periods[p].AddFirstReply(_createdAt, at);
                    }
                }

                break;
            case StatusChanged change when _created:
                ChangeStatus(change.To, at, p);
                break;
            case PriorityChanged change:
                _priority = change.To;
                break;
            case QueueChanged change:
                _queue = change.To;
                break;
            case AssigneeChanged change:
                if (_assignee is not null && !string.Equals(_assignee, change.To, StringComparison.Ordinal) && p >= 0)
                {
                    _periods[p].Reassignments++;
                }

                CloseActive(at);
                _assignee = change.To;
                OpenActive(at);
                break;
            case Escalated when p >= 0:
                _escalated[p] = true;
                break;
            default:
                break;
        }
    }

    private void ChangeStatus(TicketStatus to, Instant at, int p)
    {
        var from = _status;
        if (to == from)
        {
            return;
        }

        var wasSolved = !IsOpen(from);
        var isSolved = !IsOpen(to);
        if (isSolved && !wasSolved)
        {
            _lastSolveAt = at;
            _repliesAtSolve = _repliesTotal;
            if (p >= 0)
            {
                _periods[p].Solves++;
                if (_assignee is not null)
                {
                    _periods[p].Agent(_assignee).Solves++;
                }
            }
        }
        else if (wasSolved && !isSolved)
        {
            _reopensTotal++;
            if (p >= 0)
            {
                _periods[p].Reopens++;
            }
        }

        CloseActive(at);
        _status = to;
        OpenActive(at);
    }

    private void OpenActive(Instant at)
    {
        if (_created && _assignee is not null && _status is TicketStatus.New or TicketStatus.Open && _activeSince is null)
        {
            _activeSince = at;
        }
    }

    private void CloseActive(Instant at)
    {
        if (_activeSince is { } since && _assignee is not null)
        {
            foreach (var period in _periods)
            {
                period.AddActive(_assignee, since, at);
            }
        }

        _activeSince = null;
    }

    private readonly void CountSla(TicketSlaState? sla)
    {
        if (sla is null || !_created)
        {
            return;
        }

        var channel = Names.Of(_channel);
        foreach (var timer in sla.Timers)
        {
            foreach (var cycle in timer.Cycles)
            {
                var decided = cycle.BreachedAt ?? (cycle.Status == SlaCycleStatus.Fulfilled ? cycle.EndedAt : null);
                var cancelledAt = cycle.BreachedAt is null && cycle.Status == SlaCycleStatus.Cancelled ? cycle.EndedAt : null;
                foreach (var period in _periods)
                {
                    if (cycle.Start >= period.End || (cancelledAt is { } c && c < period.End))
                    {
                        continue;
                    }

                    int outcome;
                    if (decided is { } d && d < period.End)
                    {
                        if (d < period.Start)
                        {
                            continue;
                        }

                        outcome = cycle.BreachedAt is not null ? 1 : 0;
                    }
                    else
                    {
                        outcome = 2;
                    }

                    // The queue at the end of the report's main period is the ticket's current queue.
                    period.AddSla(timer.Kind, outcome, Names.Of(cycle.Priority), channel, _queue);
                }
            }
        }
    }

    private static bool IsOpen(TicketStatus status) => status is not (TicketStatus.Solved or TicketStatus.Closed);
}
