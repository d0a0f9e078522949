using System.Runtime.CompilerServices;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Scoring;

/// <summary>Turns <see cref="RiskInputs"/> into an explainable <see cref="RiskScore"/>.</summary>
/// <remarks>
/// <para>The policy (defaults in brackets, see <see cref="RiskScoringOptions"/>):</para>
/// <list type="bullet">
/// <item><description><c>SLA_TIME_ELAPSED</c> = <see cref="RiskScoringOptions.SlaTimeWeight"/> [70] × clamp01(1 − remaining / target).</description></item>
/// <item><description><c>AGENT_LOAD_HIGH</c> (assigned tickets only) and <c>BACKLOG_HIGH</c>: weight [15 / 10] × clamp01((x − threshold) / (saturation − threshold)),
/// a linear ramp from the threshold [0.8 / 0.7] to the saturation [1.0 / 1.0].</description></item>
/// <item><description><c>UNASSIGNED</c> [+8], <c>LIVE_CHANNEL</c> (<see cref="Channel.Chat"/>) [+6], <c>SOCIAL_CHANNEL</c> [+4], <c>PRIORITY_P0</c> [+8],
/// <c>PRIORITY_P1</c> [+4], <c>PENDING_CUSTOMER</c> [−10], <c>ON_HOLD</c> [−15].</description></item>
/// <item><description><c>ALREADY_BREACHED</c>: when the timer has breached and the other factors sum to less than
/// <see cref="RiskScoringOptions.BreachedFloor"/> [90], this factor makes up the difference; it is a reason whenever the timer has breached.</description></item>
/// <item><description>The score is the sum clamped to 0..100; the band is chosen by <see cref="RiskScoringOptions.AtRiskFrom"/> [40] and
/// <see cref="RiskScoringOptions.CriticalFrom"/> [70].</description></item>
/// </list>
/// <para>Pure and thread-safe: the options are copied when the scorer is built. Scoring allocates nothing.</para>
/// </remarks>
public sealed class RiskScorer
{
    private readonly double _slaTimeWeight;
    private readonly double _breachedFloor;
    private readonly double _agentLoadWeight;
    private readonly double _agentLoadThreshold;
    private readonly double _agentLoadSaturation;
    private readonly double _agentLoadInverseSpan;
    private readonly double _backlogWeight;
    private readonly double _backlogThreshold;
    private readonly double _backlogSaturation;
    private readonly double _backlogInverseSpan;
    private readonly double _unassigned;
    private readonly double _liveChat;
    private readonly double _social;
    private readonly double _pendingCustomer;
    private readonly double _onHold;
    private readonly double _priorityP0;
    private readonly double _priorityP1;
    private readonly double _atRiskFrom;
    private readonly double _criticalFrom;
    private readonly int _maxReasons;

    /// <summary>Initializes a scorer with the default v1 policy.</summary>
    public RiskScorer()
        : this(new RiskScoringOptions())
    {
    }

    /// <summary>Initializes a scorer with the given policy.</summary>
    /// <param name="options">The weights and thresholds; must not be null. Copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An option is invalid.</exception>
    public RiskScorer(RiskScoringOptions options)
    {
        Guard.NotNull(options).Validate();
        _slaTimeWeight = options.SlaTimeWeight;
        _breachedFloor = options.BreachedFloor;
        _agentLoadWeight = options.AgentLoadWeight;
        _agentLoadThreshold = options.AgentLoadThreshold;
        _agentLoadSaturation = options.AgentLoadSaturation;
        _agentLoadInverseSpan = 1 / (options.AgentLoadSaturation - options.AgentLoadThreshold);
        _backlogWeight = options.BacklogWeight;
        _backlogThreshold = options.BacklogThreshold;
        _backlogSaturation = options.BacklogSaturation;
        _backlogInverseSpan = 1 / (options.BacklogSaturation - options.BacklogThreshold);
        _unassigned = options.UnassignedWeight;
        _liveChat = options.LiveChatWeight;
        _social = options.SocialWeight;
        _pendingCustomer = -options.PendingCustomerReduction;
        _onHold = -options.OnHoldReduction;
        _priorityP0 = options.PriorityP0Weight;
        _priorityP1 = options.PriorityP1Weight;
        _atRiskFrom = options.AtRiskFrom;
        _criticalFrom = options.CriticalFrom;
        _maxReasons = options.MaxReasons;
    }

    /// <summary>Scores one ticket.</summary>
    /// <param name="inputs">The ticket's risk inputs.</param>
    /// <returns>The score with its contributions and reasons. Allocates nothing.</returns>
    public RiskScore Score(in RiskInputs inputs)
    {
        double targetTicks = inputs.TargetTicks, remainingTicks = inputs.TimeRemainingTicks;
        var elapsed = targetTicks > 0
            ? Clamp01(1 - (remainingTicks / targetTicks))
            : remainingTicks > 0 ? 0 : 1;
        var sla = _slaTimeWeight * elapsed;

        double load = 0, unassigned = 0;
        if (inputs.IsAssigned)
        {
            load = _agentLoadWeight * Ramp(inputs.AssigneeLoad, _agentLoadThreshold, _agentLoadSaturation, _agentLoadInverseSpan);
        }
        else
        {
            unassigned = _unassigned;
        }

        var backlog = _backlogWeight * Ramp(inputs.QueueBacklog, _backlogThreshold, _backlogSaturation, _backlogInverseSpan);
        var priority = inputs.Priority;
        var p0 = priority == Priority.P0 ? _priorityP0 : 0;
        var p1 = priority == Priority.P1 ? _priorityP1 : 0;
        var channel = inputs.Channel;
        var live = channel == Channel.Chat ? _liveChat : 0;
        var social = channel == Channel.Social ? _social : 0;
        var status = inputs.Status;
        var onHold = status == TicketStatus.OnHold ? _onHold : 0;
        var pending = status == TicketStatus.PendingCustomer ? _pendingCustomer : 0;

        var total = sla + load + backlog + unassigned + p0 + p1 + live + social + onHold + pending;
        double lift = 0;
        var breached = inputs.IsBreached;
        if (breached && total < _breachedFloor)
        {
            lift = _breachedFloor - total;
            total = _breachedFloor;
        }

        var score = total <= 0 ? 0 : total >= 100 ? 100 : total;
        var band = score >= _criticalFrom ? RiskBand.Critical : score >= _atRiskFrom ? RiskBand.AtRisk : RiskBand.Ok;

        Unsafe.SkipInit(out ContributionBuffer c);
        c[(int)RiskReason.AlreadyBreached] = (float)lift;
        c[(int)RiskReason.SlaTimeElapsed] = (float)sla;
        c[(int)RiskReason.AgentLoadHigh] = (float)load;
        c[(int)RiskReason.BacklogHigh] = (float)backlog;
        c[(int)RiskReason.Unassigned] = (float)unassigned;
        c[(int)RiskReason.PriorityP0] = (float)p0;
        c[(int)RiskReason.PriorityP1] = (float)p1;
        c[(int)RiskReason.LiveChannel] = (float)live;
        c[(int)RiskReason.SocialChannel] = (float)social;
        c[(int)RiskReason.OnHold] = (float)onHold;
        c[(int)RiskReason.PendingCustomer] = (float)pending;

        // Rank by one 64-bit key per factor: |contribution| (float bits, monotone for non-negative floats) above
        // 255 − factor, so a larger key means a larger magnitude, then an earlier factor in RiskReason order.
        Unsafe.SkipInit(out ReasonKeys top);
        var count = 0;
        var max = _maxReasons;
        for (var factor = (int)RiskReason.SlaTimeElapsed; factor < RiskReasonCodes.Count; factor++)
        {
            var value = c[factor];
            if (value != 0)
            {
                count = Offer(ref top, count, max, Key(value, factor));
            }
        }

        if (breached)
        {
            count = Offer(ref top, count, ReasonBuffer.Capacity, Key(c[(int)RiskReason.AlreadyBreached], (int)RiskReason.AlreadyBreached));
        }
        else if (count == 0)
        {
            top[0] = Key(0, (int)RiskReason.SlaTimeElapsed);
            count = 1;
        }

        Unsafe.SkipInit(out ReasonBuffer reasons);
        for (var i = 0; i < count; i++)
        {
            reasons[i] = (byte)(255 - (int)(top[i] & 0xFF));
        }

        return new RiskScore(score, band, c, reasons, count);
    }

    /// <summary>Scores many tickets; <c>destination[i]</c> receives the score of <c>inputs[i]</c>.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="destination">Where the scores go; at least as long as <paramref name="inputs"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="inputs"/>.</exception>
    public void ScoreBatch(ReadOnlySpan<RiskInputs> inputs, Span<RiskScore> destination)
    {
        Guard.SameLength(inputs.Length, destination.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            destination[i] = Score(in inputs[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Clamp01(double value) => value <= 0 ? 0 : value >= 1 ? 1 : value;

    /// <summary>Linear ramp: 0 at or below the threshold, 1 at or above the saturation (exactly), linear between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Ramp(double value, double threshold, double saturation, double inverseSpan)
        => value <= threshold ? 0 : value >= saturation ? 1 : Math.Min(1, (value - threshold) * inverseSpan);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(float contribution, int factor)
        => ((ulong)BitConverter.SingleToUInt32Bits(MathF.Abs(contribution)) << 8) | (uint)(255 - factor);

    /// <summary>Inserts <paramref name="key"/> into the descending list of the <paramref name="count"/> largest keys,
    /// keeping at most <paramref name="max"/>; returns the new count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Offer(ref ReasonKeys top, int count, int max, ulong key)
    {
        int position;
        if (count < max)
        {
            position = count++;
        }
        else if (key > top[count - 1])
        {
            position = count - 1;
        }
        else
        {
            return count;
        }

        while (position > 0 && top[position - 1] < key)
        {
            top[position] = top[position - 1];
            position--;
        }

        top[position] = key;
        return count;
    }
}
