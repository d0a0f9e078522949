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

    // The sort keys of the factors whose contribution is a fixed weight (see Key).
    private readonly ulong _unassignedKey;
    private readonly ulong _liveChatKey;
    private readonly ulong _socialKey;
    private readonly ulong _pendingCustomerKey;
    private readonly ulong _onHoldKey;
    private readonly ulong _priorityP0Key;
    private readonly ulong _priorityP1Key;

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
        _unassignedKey = Key((float)_unassigned, RiskReason.Unassigned);
        _liveChatKey = Key((float)_liveChat, RiskReason.LiveChannel);
        _socialKey = Key((float)_social, RiskReason.SocialChannel);
        _pendingCustomerKey = Key((float)_pendingCustomer, RiskReason.PendingCustomer);
        _onHoldKey = Key((float)_onHold, RiskReason.OnHold);
        _priorityP0Key = Key((float)_priorityP0, RiskReason.PriorityP0);
        _priorityP1Key = Key((float)_priorityP1, RiskReason.PriorityP1);
    }

    /// <summary>Scores one ticket.</summary>
    /// <param name="inputs">The ticket's risk inputs.</param>
    /// <returns>The score with its contributions and reasons. Allocates nothing.</returns>
    public RiskScore Score(in RiskInputs inputs)
    {
        ScoreCore(in inputs, out var score);
        return score;
    }

    /// <summary>Scores many tickets; <c>destination[i]</c> receives the score of <c>inputs[i]</c>.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <param name="destination">Where the scores go; at least as long as <paramref name="inputs"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="inputs"/>.</exception>
    public void ScoreBatch(ReadOnlySpan<RiskInputs> inputs, Span<RiskScore> destination)
    {
        Guard.SameLength(inputs.Length, destination.Length);
        destination = destination[..inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            ScoreCore(in inputs[i], out destination[i]);
        }
    }

    /// <summary>The policy, written without data-dependent branches: a batch of mixed tickets costs what one does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScoreCore(in RiskInputs inputs, out RiskScore result)
    {
        double targetTicks = inputs.TargetTicks, remainingTicks = inputs.TimeRemainingTicks;
        var elapsed = targetTicks > 0
            ? Clamp01(1 - (remainingTicks / targetTicks))
            : remainingTicks > 0 ? 0 : 1;
        var sla = _slaTimeWeight * elapsed;

        // Each factor that does not apply is exactly +0, as if it had been left out of the sum.
        var assigned = Mask(inputs.IsAssigned);
        var load = When(assigned, _agentLoadWeight * Ramp(inputs.AssigneeLoad, _agentLoadThreshold, _agentLoadSaturation, _agentLoadInverseSpan));
        var unassigned = When(~assigned, _unassigned);
        var backlog = _backlogWeight * Ramp(inputs.QueueBacklog, _backlogThreshold, _backlogSaturation, _backlogInverseSpan);
        var priority = inputs.Priority;
        var isP0 = Mask(priority == Priority.P0);
        var isP1 = Mask(priority == Priority.P1);
        var p0 = When(isP0, _priorityP0);
        var p1 = When(isP1, _priorityP1);
        var channel = inputs.Channel;
        var isChat = Mask(channel == Channel.Chat);
        var isSocial = Mask(channel == Channel.Social);
        var live = When(isChat, _liveChat);
        var social = When(isSocial, _social);
        var status = inputs.Status;
        var isOnHold = Mask(status == TicketStatus.OnHold);
        var isPending = Mask(status == TicketStatus.PendingCustomer);
        var onHold = When(isOnHold, _onHold);
        var pending = When(isPending, _pendingCustomer);

        // The policy's sum is sla + load + backlog + unassigned + p0 + p1 + live + social + onHold + pending, in that
        // order. Of p0/p1, live/social and onHold/pending at most one is non-zero and the running sum is never −0, so
        // adding each pair as one term gives the same bits with a shorter chain of dependent additions.
        var sum = sla + load + backlog + unassigned + (p0 + p1) + (live + social) + (onHold + pending);
        var breached = inputs.IsBreached;
        var lifted = breached & (sum < _breachedFloor);
        var lift = When(Mask(lifted), _breachedFloor - sum);
        var total = Select(lifted, _breachedFloor, sum);

        var score = Math.Min(Math.Max(total, 0), 100);
        var band = (RiskBand)((score >= _atRiskFrom ? 1 : 0) + (score >= _criticalFrom ? 1 : 0));

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
        // 255 − factor, so a larger key means a larger magnitude, then an earlier factor in RiskReason order; a factor
        // contributing 0 has key 0. The factors in each of the pairs load/unassigned, P0/P1, chat/social and
        // on hold/pending exclude each other, so six keys (OR-ing each pair) cover all ten, and a fixed sorting network
        // ranks them without branches.
        var k0 = Key(c[(int)RiskReason.SlaTimeElapsed], RiskReason.SlaTimeElapsed);
        var k1 = Key(c[(int)RiskReason.AgentLoadHigh], RiskReason.AgentLoadHigh) | (_unassignedKey & ~assigned);
        var k2 = Key(c[(int)RiskReason.BacklogHigh], RiskReason.BacklogHigh);
        var k3 = (_priorityP0Key & isP0) | (_priorityP1Key & isP1);
        var k4 = (_liveChatKey & isChat) | (_socialKey & isSocial);
        var k5 = (_onHoldKey & isOnHold) | (_pendingCustomerKey & isPending);

        // An optimal network for six inputs: 12 comparators in 5 layers.
        SortDescending(ref k0, ref k5);
        SortDescending(ref k1, ref k3);
        SortDescending(ref k2, ref k4);
        SortDescending(ref k1, ref k2);
        SortDescending(ref k3, ref k4);
        SortDescending(ref k0, ref k3);
        SortDescending(ref k2, ref k5);
        SortDescending(ref k0, ref k1);
        SortDescending(ref k2, ref k3);
        SortDescending(ref k4, ref k5);
        SortDescending(ref k1, ref k2);
        SortDescending(ref k3, ref k4);

        // Keep the top MaxReasons (1..4) keys, then insert ALREADY_BREACHED's key (0 when not breached, which changes
        // nothing) with one insertion pass that pushes the smallest of the five out into k4.
        var max = _maxReasons;
        k1 &= Mask(max > 1);
        k2 &= Mask(max > 2);
        k3 &= Mask(max > 3);
        k4 = (Key(c[(int)RiskReason.AlreadyBreached], RiskReason.AlreadyBreached) | AlwaysReported) & Mask(breached);
        SortDescending(ref k0, ref k4);
        SortDescending(ref k1, ref k4);
        SortDescending(ref k2, ref k4);
        SortDescending(ref k3, ref k4);

        // No reason at all: report SLA_TIME_ELAPSED with contribution 0.
        var none = k0 == 0;
        k0 |= EmptyKey & Mask(none);
        var count = unchecked(Nonzero(k0) + Nonzero(k1) + Nonzero(k2) + Nonzero(k3) + Nonzero(k4));

        Unsafe.SkipInit(out ReasonBuffer reasons);
        reasons[0] = ReasonOf(k0);
        reasons[1] = ReasonOf(k1);
        reasons[2] = ReasonOf(k2);
        reasons[3] = ReasonOf(k3);
        reasons[4] = ReasonOf(k4);

        result = new RiskScore(score, band, c, reasons, count);
    }

    /// <summary>The key of <see cref="RiskReason.SlaTimeElapsed"/> contributing 0: the reason reported when no factor contributes.</summary>
    private const ulong EmptyKey = 255 - (int)RiskReason.SlaTimeElapsed;

    /// <summary>Marks <see cref="RiskReason.AlreadyBreached"/>'s key as non-zero even when its contribution is 0 (its low byte is 255 − 0).</summary>
    private const ulong AlwaysReported = 255 - (int)RiskReason.AlreadyBreached;

    /// <summary><paramref name="value"/> when <paramref name="mask"/> is all ones, +0 when it is 0, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double When(ulong mask, double value)
        => BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(value) & mask);

    /// <summary><paramref name="whenTrue"/> or <paramref name="whenFalse"/>, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Select(bool condition, double whenTrue, double whenFalse)
    {
        var mask = Mask(condition);
        return BitConverter.UInt64BitsToDouble((BitConverter.DoubleToUInt64Bits(whenTrue) & mask) | (BitConverter.DoubleToUInt64Bits(whenFalse) & ~mask));
    }

    /// <summary>All 64 bits set when <paramref name="condition"/> holds, otherwise none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(bool condition) => unchecked(0UL - Unsafe.BitCast<bool, byte>(condition));

    /// <summary><paramref name="value"/> limited to 0..1; 0 is +0 (Math.Max orders −0 below +0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Clamp01(double value) => Math.Min(Math.Max(value, 0), 1);

    /// <summary>Linear ramp: 0 at or below the threshold, 1 at or above the saturation (exactly: rounding in
    /// (saturation − threshold) × inverseSpan could give 0.999…), linear between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Ramp(double value, double threshold, double saturation, double inverseSpan)
        => Math.Max(Clamp01((value - threshold) * inverseSpan), When(Mask(value >= saturation), 1));

    /// <summary>The sort key of a factor contributing <paramref name="contribution"/>: 0 when it contributes nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(float contribution, RiskReason factor)
    {
        ulong magnitude = BitConverter.SingleToUInt32Bits(MathF.Abs(contribution));
        return (magnitude << 8) | ((ulong)(255 - (int)factor) & Mask(magnitude != 0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Nonzero(ulong key) => key != 0 ? 1 : 0;

    /// <summary>A compare-exchange without a branch: afterwards <paramref name="high"/> ≥ <paramref name="low"/>.</summary>
    /// <remarks>Keys are below 2^40, so their difference is exact as a signed number.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SortDescending(ref ulong high, ref ulong low)
    {
        unchecked
        {
            var swap = (ulong)Math.Max((long)(low - high), 0);
            high += swap;
            low -= swap;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ReasonOf(ulong key) => unchecked((byte)~key);
}
