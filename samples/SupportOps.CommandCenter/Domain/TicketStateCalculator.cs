using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;
using Risk = SupportOps.RiskModel.Scoring;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// Derives everything the inbox caches about a ticket from its events at an instant: the timeline
/// snapshot, the SLA state (through <see cref="TimelineSlaMapper"/>) and the risk score.
/// </summary>
/// <remarks>
/// <para>Pure apart from its inputs: the same events at the same instant give the same row. Risk is SLA
/// risk: a ticket without a running SLA timer (solved, paused, or no policy timer) scores 0 with no
/// reasons.</para>
/// <para>This type is thread-safe: the evaluator and the scorer are.</para>
/// </remarks>
internal sealed class TicketStateCalculator
{
    private readonly Func<SlaEvaluator> _evaluator;
    private readonly Risk.RiskScorer _scorer;

    /// <summary>Initializes a calculator over a fixed SLA evaluator.</summary>
    /// <param name="evaluator">The SLA evaluator built from the configured policies and calendars.</param>
    /// <param name="scorer">The risk scorer.</param>
    public TicketStateCalculator(SlaEvaluator evaluator, Risk.RiskScorer scorer)
        : this(() => evaluator, scorer)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
    }

    /// <summary>
    /// Initializes a calculator that asks for the SLA evaluator on every evaluation, so saved settings
    /// (the active SLA policies and calendars) apply from the next append or refresh on.
    /// </summary>
    /// <param name="evaluator">Returns the SLA evaluator to use now.</param>
    /// <param name="scorer">The risk scorer.</param>
    public TicketStateCalculator(Func<SlaEvaluator> evaluator, Risk.RiskScorer scorer)
    {
        _evaluator = evaluator ?? throw new ArgumentNullException(nameof(evaluator));
        _scorer = scorer ?? throw new ArgumentNullException(nameof(scorer));
    }

    /// <summary>The number of risk reasons the snapshot keeps.</summary>
    public const int TopReasons = 3;

    /// <summary>Evaluates the SLA state of a stream at an instant, or <see langword="null"/> before <c>ticket_created</c>.</summary>
    public TicketSlaState? EvaluateSla(IReadOnlyList<EventEnvelope> events, Instant now) => EvaluateSla(_evaluator(), events, now, out _);

    private static TicketSlaState? EvaluateSla(SlaEvaluator evaluator, IReadOnlyList<EventEnvelope> events, Instant now, out Instant lastOccurrence)
    {
        var occurrences = TimelineSlaMapper.Map(events);
        if (occurrences.IsEmpty)
        {
            lastOccurrence = Epoch;
            return null;
        }

        lastOccurrence = occurrences[^1].At;
        return evaluator.Evaluate(occurrences.AsSpan(), now < lastOccurrence ? lastOccurrence : now);
    }

    /// <summary>Computes the snapshot row of a stream (in version order, not empty) at an instant.</summary>
    public TicketSnapshotRecord Compute(string ticketId, IReadOnlyList<EventEnvelope> events, Instant now)
    {
        var snapshot = TicketReducer.Rebuild(ticketId, events);
        var evaluator = _evaluator();
        var sla = EvaluateSla(evaluator, events, now, out var lastOccurrence);
        var cycle = sla?.SoonestDue;
        var (riskPriority, riskChannel, riskStatus, assigned) = RiskFactsOf(snapshot);
        var risk = cycle is null ? (Risk.RiskScore?)null : _scorer.Score(RiskInputs(cycle.Elapsed, cycle.Target, cycle.IsBreached, riskPriority, riskChannel, riskStatus, assigned));
        return new TicketSnapshotRecord
        {
            TicketId = ticketId,
            Version = snapshot.Version,
            Subject = snapshot.Subject,
            Status = Vocabulary.Wire(snapshot.Status),
            Priority = Vocabulary.Wire(snapshot.Priority),
            Channel = snapshot.Channel is { } channel ? Vocabulary.Wire(channel) : null,
            Tier = Vocabulary.Wire(snapshot.Tier),
            Assignee = snapshot.Assignee,
            Queue = snapshot.Queue,
            CreatedAtTicks = snapshot.CreatedAt?.ToUnixTimeTicks() ?? 0,
            UpdatedAtTicks = snapshot.UpdatedAt?.ToUnixTimeTicks() ?? 0,
            DueSortKey = cycle?.Due.ToUnixTimeTicks() ?? TicketSnapshotRecord.NoDue,
            SlaTimerKind = cycle is null ? null : Vocabulary.Wire(cycle.Kind),
            IsBreached = cycle?.IsBreached ?? false,
            EverBreached = sla?.EverBreached ?? false,
            RiskScore = risk?.Score ?? 0,
            RiskBand = Vocabulary.Wire(risk?.Band ?? Risk.RiskBand.Ok),
            RiskReasons = ReasonsOf(risk),
            EvaluatedAtTicks = now.ToUnixTimeTicks(),
            RequesterId = snapshot.RequesterId,
            WaitingSinceTicks = WaitingSince(events, snapshot.Status)?.ToUnixTimeTicks() ?? TicketSnapshotRecord.NotWaiting,
            SearchText = string.Join('\n', ticketId, snapshot.Subject ?? string.Empty, snapshot.RequesterId ?? string.Empty).ToLowerInvariant(),
            SlaState = StateOf(evaluator, snapshot.Version, sla, lastOccurrence, riskPriority, riskChannel, riskStatus, assigned).ToJson(),
        };
    }

    /// <summary>
    /// Recomputes a snapshot's time-dependent columns (<see cref="TicketSnapshotRecord.DueSortKey"/>, timer kind, breach
    /// flags, risk score, band and reasons, evaluation instant) at a new instant from its stored
    /// <see cref="TicketSnapshotRecord.SlaState"/> and the calendars alone, without its events.
    /// </summary>
    /// <remarks>
    /// Equal to <see cref="Compute"/> over the ticket's events at <paramref name="now"/> (the row's other columns do not
    /// depend on the instant). Returns <see langword="null"/> when the row has no readable state, or one computed for
    /// another stream version or under other SLA settings: such a row must be re-evaluated from its events.
    /// </remarks>
    /// <param name="row">The stored snapshot; not changed.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>A copy of <paramref name="row"/> evaluated at <paramref name="now"/>, or <see langword="null"/>.</returns>
    public TicketSnapshotRecord? RefreshAt(TicketSnapshotRecord row, Instant now)
    {
        ArgumentNullException.ThrowIfNull(row);
        var evaluator = _evaluator();
        var state = SnapshotSlaState.TryParse(row.SlaState);
        if (state is null || state.Version != row.Version || !string.Equals(state.Settings, SlaSettingsFingerprint.Of(evaluator), StringComparison.Ordinal))
        {
            return null;
        }

        // Without a named default calendar, a cycle re-targeted between a calendar-time and a business-time timer is not
        // told apart by the stored state: such settings always take the full evaluation from the events.
        if (evaluator.Calendars.DefaultName is null)
        {
            return null;
        }

        var lastOccurrence = FromNanoseconds(state.LastOccurrenceNanoseconds);
        var at = now < lastOccurrence ? lastOccurrence : now;
        var calendars = evaluator.Calendars;
        var everBreached = state.EndedBreached;
        SnapshotSlaCycle? soonest = null;
        Instant soonestDue = default;
        Duration soonestElapsed = default;
        var soonestBreached = false;
        foreach (var cycle in state.Running)
        {
            if (CalendarOf(calendars, cycle.Calendar, cycle.CalendarTime) is not { } calendar)
            {
                return null;
            }

            // Exactly what SlaEvaluator's summary of a running cycle computes, from the same stored facts.
            var runningSince = FromNanoseconds(cycle.RunningSinceNanoseconds);
            var closed = Duration.FromNanoseconds(cycle.ClosedElapsedNanoseconds);
            var target = Duration.FromNanoseconds(cycle.TargetNanoseconds);
            var elapsed = closed + (at > runningSince ? calendar.Between(runningSince, at) : Duration.Zero);
            var breached = elapsed >= target;
            var due = !breached ? calendar.Add(at, target - elapsed)
                : cycle.BreachedDueNanoseconds is { } breachedDue ? FromNanoseconds(breachedDue)
                : calendar.Add(runningSince, target - closed);
            everBreached |= breached;
            if (soonest is null || due < soonestDue)
            {
                (soonest, soonestDue, soonestElapsed, soonestBreached) = (cycle, due, elapsed, breached);
            }
        }

        var risk = soonest is null
            ? (Risk.RiskScore?)null
            : _scorer.Score(RiskInputs(soonestElapsed, Duration.FromNanoseconds(soonest.TargetNanoseconds), soonestBreached,
                (Risk.Priority)state.Priority, (Risk.Channel)state.Channel, (Risk.TicketStatus)state.Status, state.IsAssigned));
        var refreshed = row.Clone();
        refreshed.DueSortKey = soonest is null ? TicketSnapshotRecord.NoDue : soonestDue.ToUnixTimeTicks();
        refreshed.SlaTimerKind = soonest is null ? null : Vocabulary.Wire((SupportOps.SlaEngine.Timers.SlaTimerKind)soonest.Kind);
        refreshed.IsBreached = soonestBreached;
        refreshed.EverBreached = everBreached;
        refreshed.RiskScore = risk?.Score ?? 0;
        refreshed.RiskBand = Vocabulary.Wire(risk?.Band ?? Risk.RiskBand.Ok);
        refreshed.RiskReasons = ReasonsOf(risk);
        refreshed.EvaluatedAtTicks = now.ToUnixTimeTicks();
        return refreshed;
    }

    /// <summary>
    /// Since when the customer has been waiting on us: the creation or the first customer message after
    /// the last public agent reply, or null when the last public word was ours or the status is not
    /// new, open or on hold (pending customer, solved and closed wait on nobody at the desk).
    /// </summary>
    public static Instant? WaitingSince(IReadOnlyList<EventEnvelope> events, TicketStatus status)
    {
        if (status is not (TicketStatus.New or TicketStatus.Open or TicketStatus.OnHold))
        {
            return null;
        }

        Instant? since = null;
        foreach (var envelope in events)
        {
            switch (envelope.Event.Kind)
            {
                case TicketEventKind.TicketCreated:
                case TicketEventKind.CustomerMessage:
                    since ??= envelope.OccurredAt;
                    break;
                case TicketEventKind.AgentPublicReply:
                    since = null;
                    break;
            }
        }

        return since;
    }

    /// <summary>
    /// Returns an <c>sla_breached</c> event for each running SLA cycle of a snapshot that breached after
    /// <paramref name="since"/> (and after the ticket's last event) and no later than <paramref name="now"/>, from its
    /// stored state; none when the row has no usable state.
    /// </summary>
    /// <param name="row">The stored snapshot.</param>
    /// <param name="since">The instant the snapshot was last evaluated at: breaches up to it were seen before.</param>
    /// <param name="now">The evaluation instant.</param>
    /// <returns>The events (occurred at the breach instant, with the timer, the cycle number, the due instant and the target), in timer order.</returns>
    public IReadOnlyList<(SlaBreached Event, Instant DueAt)> BreachesBetween(TicketSnapshotRecord row, Instant since, Instant now)
    {
        ArgumentNullException.ThrowIfNull(row);
        var evaluator = _evaluator();
        var state = SnapshotSlaState.TryParse(row.SlaState);
        if (state is null || state.Version != row.Version || !string.Equals(state.Settings, SlaSettingsFingerprint.Of(evaluator), StringComparison.Ordinal))
        {
            return [];
        }

        var lastEvent = Instant.FromUnixTimeTicks(row.UpdatedAtTicks);
        var breaches = new List<(SlaBreached, Instant)>();
        foreach (var cycle in state.Running)
        {
            if (CalendarOf(evaluator.Calendars, cycle.Calendar, cycle.CalendarTime) is not { } calendar)
            {
                return [];
            }

            var runningSince = FromNanoseconds(cycle.RunningSinceNanoseconds);
            var closed = Duration.FromNanoseconds(cycle.ClosedElapsedNanoseconds);
            var target = Duration.FromNanoseconds(cycle.TargetNanoseconds);
            var due = cycle.BreachedDueNanoseconds is { } breachedDue ? FromNanoseconds(breachedDue) : calendar.Add(runningSince, target - closed);
            var at = now < runningSince ? runningSince : now;
            var breached = closed + (at > runningSince ? calendar.Between(runningSince, at) : Duration.Zero) >= target;
            if (breached && due > since && due > lastEvent && due <= now)
            {
                breaches.Add((new SlaBreached
                {
                    TimerKind = Vocabulary.Map<SupportOps.SlaEngine.Timers.SlaTimerKind, SupportOps.EventTimeline.Events.SlaTimerKind>((SupportOps.SlaEngine.Timers.SlaTimerKind)cycle.Kind),
                    Cycle = cycle.Number,
                    DueAt = due,
                    Threshold = target,
                }, due));
            }
        }

        return breaches;
    }

    private static readonly Instant Epoch = Instant.FromUnixTimeTicks(0);

    private static Instant FromNanoseconds(long sinceEpoch) => Epoch + Duration.FromNanoseconds(sinceEpoch);

    private static long ToNanoseconds(Instant instant) => (instant - Epoch).ToInt64Nanoseconds();

    private static string ReasonsOf(Risk.RiskScore? risk)
        => risk is { } r ? string.Join(',', r.Reasons.Take(TopReasons).Select(x => Risk.RiskReasonCodes.ToCode(x))) : string.Empty;

    private static (Risk.Priority Priority, Risk.Channel Channel, Risk.TicketStatus Status, bool Assigned) RiskFactsOf(TicketSnapshot snapshot)
        => (Vocabulary.Map<Priority, Risk.Priority>(snapshot.Priority),
            snapshot.Channel is { } channel ? Vocabulary.Map<Channel, Risk.Channel>(channel) : Risk.Channel.Email,
            Vocabulary.Map<TicketStatus, Risk.TicketStatus>(snapshot.Status),
            snapshot.Assignee is not null);

    private static Risk.RiskInputs RiskInputs(Duration elapsed, Duration target, bool breached, Risk.Priority priority, Risk.Channel channel, Risk.TicketStatus status, bool assigned)
        => new(elapsed, target - elapsed, target)
        {
            Priority = priority,
            Channel = channel,
            Status = status,
            IsAssigned = assigned,
            IsBreached = breached,
        };

    /// <summary>
    /// The calendar a cycle counts on, as <see cref="SlaEvaluator"/> resolves it: its named calendar, else calendar time,
    /// except that a set without a default name leaves business timers on the unnamed default calendar.
    /// </summary>
    private static IBusinessCalendar? CalendarOf(SlaCalendarSet calendars, string? name, bool calendarTime)
        => name is not null ? (calendars.TryGet(name, out var calendar) ? calendar : null)
            : calendars.DefaultName is null && !calendarTime ? calendars.Default
            : CalendarHours.Instance;

    /// <summary>The part of an evaluation a later time-only refresh needs; see <see cref="SnapshotSlaState"/>.</summary>
    private static SnapshotSlaState StateOf(
        SlaEvaluator evaluator, long version, TicketSlaState? sla, Instant lastOccurrence, Risk.Priority priority, Risk.Channel channel, Risk.TicketStatus status, bool assigned)
    {
        var running = new List<SnapshotSlaCycle>();
        var endedBreached = false;
        foreach (var timer in sla?.Timers ?? [])
        {
            foreach (var cycle in timer.Cycles)
            {
                if (cycle.Status != SlaCycleStatus.Running)
                {
                    endedBreached |= cycle.IsBreached;
                    continue;
                }

                var calendarTime = cycle.Mode == SlaTimeMode.Calendar;
                var calendar = CalendarOf(evaluator.Calendars, cycle.CalendarName, calendarTime)
                    ?? throw new InvalidOperationException($"The evaluator has no calendar '{cycle.CalendarName}'.");
                var runningSince = RunningSince(cycle);
                var now = sla!.Now;
                var closed = cycle.Elapsed - (now > runningSince ? calendar.Between(runningSince, now) : Duration.Zero);
                running.Add(new SnapshotSlaCycle
                {
                    Kind = (int)cycle.Kind,
                    Number = cycle.Number,
                    Calendar = cycle.CalendarName,
                    CalendarTime = calendarTime,
                    TargetNanoseconds = cycle.Target.ToInt64Nanoseconds(),
                    ClosedElapsedNanoseconds = closed.ToInt64Nanoseconds(),
                    RunningSinceNanoseconds = ToNanoseconds(runningSince),
                    BreachedDueNanoseconds = closed >= cycle.Target ? ToNanoseconds(cycle.Due) : null,
                });
            }
        }

        return new SnapshotSlaState
        {
            Settings = SlaSettingsFingerprint.Of(evaluator),
            Version = version,
            LastOccurrenceNanoseconds = ToNanoseconds(lastOccurrence),
            EndedBreached = endedBreached,
            Priority = (int)priority,
            Channel = (int)channel,
            Status = (int)status,
            IsAssigned = assigned,
            Running = running,
        };
    }

    /// <summary>When a running cycle's current run began: its last start or resume.</summary>
    private static Instant RunningSince(SlaTimerCycle cycle)
    {
        for (var i = cycle.Reasons.Length - 1; i >= 0; i--)
        {
            if (cycle.Reasons[i].Kind is SlaReasonKind.StartedAtCreation or SlaReasonKind.StartedAtCustomerMessage or SlaReasonKind.StartedAtAgentReply
                or SlaReasonKind.StartedAtReopen or SlaReasonKind.Resumed or SlaReasonKind.ResumedAtReopen)
            {
                return cycle.Reasons[i].At;
            }
        }

        return cycle.Start;
    }
}
