using System.Globalization;
using NodaTime;
using SupportOps.RiskEvaluation.Calendars;
using SupportOps.RiskEvaluation.History;
using SupportOps.RiskModel.Forecasting;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskEvaluation.Replay;

/// <summary>
/// Replays historical tickets and takes, at each evaluation instant, the risk score, the breach forecast and the
/// time-only baseline exactly as they could have been computed then, then scores them against what happened.
/// </summary>
/// <remarks>
/// <para>Only information available at the evaluation instant t is used: the queue position is the number of tickets in
/// the same queue created earlier (ties by id) that had not left the queue for that timer by t; the service rate counts
/// that timer's completions in the queue during the trailing <see cref="ReplayOptions.RateWindow"/> before t; status and
/// assignee come from events up to t; agent load counts tickets the assignee had taken in charge and not resolved by t.
/// Outcomes (the label) are the only thing taken from after t.</para>
/// <para>Points: for each fixed horizon h, one point per served ticket at t = due − h (business time), when the timer was
/// still running then; and hourly snapshots of every open ticket whose timer is running and was eventually served. Points
/// before the first full rate window are skipped. Tickets whose timer was never served have no label and give no point,
/// but they do hold their place in the queue until their last event.</para>
/// </remarks>
public sealed class RiskReplay
{
    private readonly WeeklyBusinessCalendar _calendar;
    private readonly ReplayOptions _options;
    private readonly RiskScorer _scorer = new();
    private readonly BreachForecaster _forecaster = new();

    /// <summary>Initializes a replay.</summary>
    /// <param name="calendar">The business calendar targets and rates are measured in.</param>
    /// <param name="options">What to measure.</param>
    public RiskReplay(WeeklyBusinessCalendar calendar, ReplayOptions options)
    {
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Runs every scheme for both timers.</summary>
    /// <param name="tickets">The tickets; at least one.</param>
    /// <returns>One result per timer and scheme.</returns>
    public IReadOnlyList<ReplayResult> Run(IReadOnlyList<HistoricalTicket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        if (tickets.Count == 0)
        {
            throw new ArgumentException("There are no tickets to replay.", nameof(tickets));
        }

        var ordered = tickets.OrderBy(t => t.Created).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var evaluateFrom = _calendar.Add(ordered[0].Created, _options.RateWindow);
        var dataEnd = ordered.Max(t => t.LastEvent);
        var assignments = Assignment.All(ordered);
        var results = new List<ReplayResult>();
        foreach (var kind in new[] { TimerKind.FirstResponse, TimerKind.Resolution })
        {
            var completions = ordered
                .Where(t => t.Served(kind) is not null)
                .GroupBy(t => t.Queue, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(t => t.Served(kind)!.Value).Order().ToArray(), StringComparer.Ordinal);
            foreach (var horizon in _options.Horizons)
            {
                var set = FixedHorizon(ordered, kind, horizon, evaluateFrom, completions, assignments);
                results.Add(ReplayResult.From(kind, string.Create(CultureInfo.InvariantCulture, $"{horizon.TotalHours:0.##} h before due"), set, _options.TopShare));
            }

            var snapshots = Snapshots(ordered, kind, evaluateFrom, dataEnd, completions, assignments);
            results.Add(ReplayResult.From(kind, string.Create(CultureInfo.InvariantCulture, $"snapshots every {_options.SnapshotEvery.TotalHours:0.##} business h"), snapshots, _options.TopShare));
        }

        return results;
    }

    private PredictionSet FixedHorizon(HistoricalTicket[] ordered, TimerKind kind, Duration horizon, Instant evaluateFrom, Dictionary<string, Instant[]> completions, Assignment[] assignments)
    {
        var set = new PredictionSet();
        for (var i = 0; i < ordered.Length; i++)
        {
            var ticket = ordered[i];
            if (ticket.Served(kind) is not { } served)
            {
                continue;
            }

            var due = _calendar.Add(ticket.Created, _options.Target(kind));
            var at = _calendar.Add(due, -horizon);
            if (at < evaluateFrom || at < ticket.Created || served <= at)
            {
                continue;
            }

            int ahead = 0, queueLength = 0;
            for (var j = 0; j < ordered.Length && ordered[j].Created <= at; j++)
            {
                var other = ordered[j];
                if (other.Queue == ticket.Queue && other.LeftQueue(kind) > at)
                {
                    queueLength++;
                    ahead += j < i ? 1 : 0;
                }
            }

            var (status, assignee) = ticket.StateAt(at);
            var load = assignee is null ? 0 : assignments.Count(a => a.Resource == assignee && a.From <= at && a.To > at);
            Add(set, ticket, kind, at, due, served, ahead, queueLength, status, assignee, load, completions);
        }

        return set;
    }

    private PredictionSet Snapshots(HistoricalTicket[] ordered, TimerKind kind, Instant evaluateFrom, Instant dataEnd, Dictionary<string, Instant[]> completions, Assignment[] assignments)
    {
        var set = new PredictionSet();
        var open = new List<int>();
        var live = new List<Assignment>();
        var loads = new Dictionary<string, int>(StringComparer.Ordinal);
        var ahead = new Dictionary<string, int>(StringComparer.Ordinal);
        var queueLengths = new Dictionary<string, int>(StringComparer.Ordinal);
        int nextTicket = 0, nextAssignment = 0;
        for (var step = 1L; ; step++)
        {
            var at = _calendar.Add(evaluateFrom, _options.SnapshotEvery * step);
            if (at > dataEnd)
            {
                break;
            }

            while (nextTicket < ordered.Length && ordered[nextTicket].Created <= at)
            {
                open.Add(nextTicket++);
            }

            open.RemoveAll(index => ordered[index].LeftQueue(kind) <= at);
            while (nextAssignment < assignments.Length && assignments[nextAssignment].From <= at)
            {
                live.Add(assignments[nextAssignment++]);
            }

            live.RemoveAll(a => a.To <= at);
            loads.Clear();
            foreach (var a in live)
            {
                loads[a.Resource] = loads.GetValueOrDefault(a.Resource) + 1;
            }

            queueLengths.Clear();
            foreach (var index in open)
            {
                queueLengths[ordered[index].Queue] = queueLengths.GetValueOrDefault(ordered[index].Queue) + 1;
            }

            ahead.Clear();
            foreach (var index in open)
            {
                var ticket = ordered[index];
                var position = ahead.GetValueOrDefault(ticket.Queue);
                ahead[ticket.Queue] = position + 1;
                if (ticket.Served(kind) is not { } served)
                {
                    continue;
                }

                var due = _calendar.Add(ticket.Created, _options.Target(kind));
                if (due <= at)
                {
                    continue; // already breached: nothing left to predict
                }

                var (status, assignee) = ticket.StateAt(at);
                var load = assignee is null ? 0 : loads.GetValueOrDefault(assignee);
                Add(set, ticket, kind, at, due, served, position, queueLengths[ticket.Queue], status, assignee, load, completions);
            }
        }

        return set;
    }

    private void Add(
        PredictionSet set, HistoricalTicket ticket, TimerKind kind, Instant at, Instant due, Instant served,
        int ahead, int queueLength, TicketStatus status, string? assignee, int load, Dictionary<string, Instant[]> completions)
    {
        var windowStart = _calendar.Add(at, -_options.RateWindow);
        var rate = ServiceRateEstimator.EstimateSorted(
            completions.GetValueOrDefault(ticket.Queue, []), windowStart, at, _calendar.BusinessTimeBetween(windowStart, at));
        var target = _options.Target(kind);
        var remaining = _calendar.BusinessTimeBetween(at, due);
        var used = Duration.Max(Duration.Zero, target - remaining);
        var clearable = rate.PerBusinessHour * target.TotalHours;
        var inputs = new RiskInputs(used, remaining, target)
        {
            Status = status,
            Channel = ticket.Channel,
            Priority = ticket.Priority,
            IsAssigned = assignee is not null,
            AssigneeLoad = load / _options.AgentCapacity,

            // Backlog = tickets waiting / tickets the queue clears in one target at its current rate (10 = "no service").
            QueueBacklog = clearable > 0 ? Math.Min(10, queueLength / clearable) : 10,
        };

        set.Add(
            _forecaster.Forecast(new QueuedTimer(ahead, remaining), rate).Probability,
            _scorer.Score(inputs).Score,
            1 - (remaining / target),
            served > due,
            ahead,
            rate.PerBusinessHour);
    }

    /// <summary>A stretch during which a resource had a ticket in charge: from a "Take in charge ticket" to the next one,
    /// the resolution after it, or the ticket's last event.</summary>
    private sealed record Assignment(string Resource, Instant From, Instant To)
    {
        public static Assignment[] All(IEnumerable<HistoricalTicket> tickets)
        {
            var all = new List<Assignment>();
            foreach (var ticket in tickets)
            {
                var events = ticket.Events;
                for (var i = 0; i < events.Length; i++)
                {
                    if (events[i].Activity != TicketEvent.TakeInCharge)
                    {
                        continue;
                    }

                    var end = ticket.LastEvent;
                    for (var j = i + 1; j < events.Length; j++)
                    {
                        if (events[j].Activity is TicketEvent.TakeInCharge or TicketEvent.Resolve)
                        {
                            end = events[j].At;
                            break;
                        }
                    }

                    all.Add(new Assignment(events[i].Resource, events[i].At, end));
                }
            }

            return [.. all.OrderBy(a => a.From)];
        }
    }
}
