using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.SlaEngine.Evaluation;
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
    public TicketSlaState? EvaluateSla(IReadOnlyList<EventEnvelope> events, Instant now)
    {
        var occurrences = TimelineSlaMapper.Map(events);
        if (occurrences.IsEmpty)
        {
            return null;
        }

        var last = occurrences[^1].At;
        return _evaluator().Evaluate(occurrences.AsSpan(), now < last ? last : now);
    }

    /// <summary>Computes the snapshot row of a stream (in version order, not empty) at an instant.</summary>
    public TicketSnapshotRecord Compute(string ticketId, IReadOnlyList<EventEnvelope> events, Instant now)
    {
        var snapshot = TicketReducer.Rebuild(ticketId, events);
        var sla = EvaluateSla(events, now);
        var cycle = sla?.SoonestDue;
        var risk = cycle is null ? (Risk.RiskScore?)null : _scorer.Score(RiskInputsFor(snapshot, cycle));
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
            RiskReasons = risk is { } r ? string.Join(',', r.Reasons.Take(TopReasons).Select(x => Risk.RiskReasonCodes.ToCode(x))) : string.Empty,
            EvaluatedAtTicks = now.ToUnixTimeTicks(),
            RequesterId = snapshot.RequesterId,
            WaitingSinceTicks = WaitingSince(events, snapshot.Status)?.ToUnixTimeTicks() ?? TicketSnapshotRecord.NotWaiting,
            SearchText = string.Join('\n', ticketId, snapshot.Subject ?? string.Empty, snapshot.RequesterId ?? string.Empty).ToLowerInvariant(),
        };
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

    private static Risk.RiskInputs RiskInputsFor(TicketSnapshot snapshot, SlaTimerCycle cycle)
        => new(cycle.Elapsed, cycle.Remaining, cycle.Target)
        {
            Priority = Vocabulary.Map<Priority, Risk.Priority>(snapshot.Priority),
            Channel = snapshot.Channel is { } channel ? Vocabulary.Map<Channel, Risk.Channel>(channel) : Risk.Channel.Email,
            Status = Vocabulary.Map<TicketStatus, Risk.TicketStatus>(snapshot.Status),
            IsAssigned = snapshot.Assignee is not null,
            IsBreached = cycle.IsBreached,
        };
}
