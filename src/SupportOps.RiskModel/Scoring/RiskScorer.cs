using System.Globalization;
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
    private readonly double _agentLoadInverseSpan;
    private readonly double _backlogWeight;
    private readonly double _backlogThreshold;
    private readonly double _backlogInverseSpan;
    private readonly double _unassigned;
    private readonly double _atRiskFrom;
    private readonly double _criticalFrom;
    private readonly ulong _unassignedKey;

    // All ones when MaxReasons keeps the second, third and fourth reason, else 0.
    private readonly ulong _keepSecond;
    private readonly ulong _keepThird;
    private readonly ulong _keepFourth;

    // What each priority, channel and status adds, indexed by the enum's value (see ExclusiveFactorPair).
    private readonly ExclusiveFactorPair[] _byPriority;
    private readonly ExclusiveFactorPair[] _byChannel;
    private readonly ExclusiveFactorPair[] _byStatus;

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
        _slaTimeWeight = NonNegative(options.SlaTimeWeight);
        _breachedFloor = options.BreachedFloor;
        _agentLoadWeight = NonNegative(options.AgentLoadWeight);
        _agentLoadThreshold = options.AgentLoadThreshold;
        _agentLoadInverseSpan = RampSlope(options.AgentLoadThreshold, options.AgentLoadSaturation);
        _backlogWeight = NonNegative(options.BacklogWeight);
        _backlogThreshold = options.BacklogThreshold;
        _backlogInverseSpan = RampSlope(options.BacklogThreshold, options.BacklogSaturation);
        _unassigned = options.UnassignedWeight;
        _atRiskFrom = options.AtRiskFrom;
        _criticalFrom = options.CriticalFrom;
        _unassignedKey = Key((float)_unassigned, RiskReason.Unassigned);
        _keepSecond = Mask(options.MaxReasons > 1);
        _keepThird = Mask(options.MaxReasons > 2);
        _keepFourth = Mask(options.MaxReasons > 3);
        _byPriority = PairTable<Priority>(
            (Priority.P0, options.PriorityP0Weight, RiskReason.PriorityP0),
            (Priority.P1, options.PriorityP1Weight, RiskReason.PriorityP1));
        _byChannel = PairTable<Channel>(
            (Channel.Chat, options.LiveChatWeight, RiskReason.LiveChannel),
            (Channel.Social, options.SocialWeight, RiskReason.SocialChannel));
        _byStatus = PairTable<TicketStatus>(
            (TicketStatus.OnHold, -options.OnHoldReduction, RiskReason.OnHold),
            (TicketStatus.PendingCustomer, -options.PendingCustomerReduction, RiskReason.PendingCustomer));
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
        var load = When(assigned, _agentLoadWeight * Ramp(inputs.AssigneeLoad, _agentLoadThreshold, _agentLoadInverseSpan));
        var unassigned = When(~assigned, _unassigned);
        var backlog = _backlogWeight * Ramp(inputs.QueueBacklog, _backlogThreshold, _backlogInverseSpan);
        ref readonly var priority = ref Lookup(_byPriority, (int)inputs.Priority);
        ref readonly var channel = ref Lookup(_byChannel, (int)inputs.Channel);
        ref readonly var status = ref Lookup(_byStatus, (int)inputs.Status);

        // The policy's sum is sla + load + backlog + unassigned + p0 + p1 + live + social + onHold + pending, in that
        // order. Of p0/p1, live/social and onHold/pending at most one is non-zero and the running sum is never −0, so
        // adding each pair's weight as one term gives the same bits.
        var sum = sla + load + backlog + unassigned + priority.Weight + channel.Weight + status.Weight;
        // A breached ticket scores at least the floor, and ALREADY_BREACHED contributes what lifts it there (+0 when the
        // other factors already reach it: x − x is +0). For a ticket that has not breached the floor is −∞.
        var breached = inputs.IsBreached;
        var floor = _breachedFloor - When(~Mask(breached), double.PositiveInfinity);
        var total = Math.Max(sum, floor);
        var lift = total - sum;

        var score = Math.Min(Math.Max(total, 0), 100);
        var band = (RiskBand)unchecked((score >= _atRiskFrom ? 1 : 0) + (score >= _criticalFrom ? 1 : 0));

        Unsafe.SkipInit(out ContributionBuffer c);
        c[(int)RiskReason.AlreadyBreached] = (float)lift;
        c[(int)RiskReason.SlaTimeElapsed] = (float)sla;
        c[(int)RiskReason.AgentLoadHigh] = (float)load;
        c[(int)RiskReason.BacklogHigh] = (float)backlog;
        c[(int)RiskReason.Unassigned] = (float)unassigned;
        c[(int)RiskReason.PriorityP0] = priority.First;
        c[(int)RiskReason.PriorityP1] = priority.Second;
        c[(int)RiskReason.LiveChannel] = channel.First;
        c[(int)RiskReason.SocialChannel] = channel.Second;
        c[(int)RiskReason.OnHold] = status.First;
        c[(int)RiskReason.PendingCustomer] = status.Second;

        // Rank by one 64-bit key per factor: |contribution| (float bits, monotone for non-negative floats) above
        // 255 − factor, so a larger key means a larger magnitude, then an earlier factor in RiskReason order. A factor
        // that contributes 0 keeps only its low byte (at most 254), so it ranks below every factor that contributes,
        // and a key of at least 255 is a reason (see IsReason). The factors in each of the pairs load/unassigned, P0/P1,
        // chat/social and on hold/pending exclude each other, so six keys cover all ten, and a fixed sorting network ranks
        // them without branches.
        var k0 = PositiveKey(c[(int)RiskReason.SlaTimeElapsed], RiskReason.SlaTimeElapsed);
        var k1 = (PositiveKey(c[(int)RiskReason.AgentLoadHigh], RiskReason.AgentLoadHigh) & assigned) | (_unassignedKey & ~assigned);
        var k2 = PositiveKey(c[(int)RiskReason.BacklogHigh], RiskReason.BacklogHigh);
        var k3 = priority.RankKey;
        var k4 = channel.RankKey;
        var k5 = status.RankKey;

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
        // nothing) with one insertion pass that pushes the smallest of the five out into k4. Its low byte is 255, so a
        // breached ticket reports it even when it contributes 0, after every factor that contributes.
        k1 &= _keepSecond;
        k2 &= _keepThird;
        k3 &= _keepFourth;
        k4 = PositiveKey(c[(int)RiskReason.AlreadyBreached], RiskReason.AlreadyBreached) & Mask(breached);
        SortDescending(ref k0, ref k4);
        SortDescending(ref k1, ref k4);
        SortDescending(ref k2, ref k4);
        SortDescending(ref k3, ref k4);

        // No reason at all: report SLA_TIME_ELAPSED with contribution 0, which is then k0 (the largest low byte of the six).
        var count = unchecked(IsReason(k0) + IsReason(k1) + IsReason(k2) + IsReason(k3) + IsReason(k4));
        count += count == 0 ? 1 : 0;

        Unsafe.SkipInit(out ReasonBuffer reasons);
        reasons[0] = ReasonOf(k0);
        reasons[1] = ReasonOf(k1);
        reasons[2] = ReasonOf(k2);
        reasons[3] = ReasonOf(k3);
        reasons[4] = ReasonOf(k4);

        result = new RiskScore(score, band, c, reasons, count);
    }

    /// <summary>The pair entry for each value of <typeparamref name="TEnum"/>: the value of <paramref name="first"/> applies the
    /// first factor, the value of <paramref name="second"/> the second, every other value neither.</summary>
    private static ExclusiveFactorPair[] PairTable<TEnum>(
        (TEnum Value, double Weight, RiskReason Factor) first,
        (TEnum Value, double Weight, RiskReason Factor) second)
        where TEnum : struct, Enum
    {
        // One entry per defined value, plus a last one (neither factor) that every other value maps to.
        var table = new ExclusiveFactorPair[Enum.GetValues<TEnum>().Length + 1];
        table[Convert.ToInt32(first.Value, CultureInfo.InvariantCulture)] = new(first.Weight, (float)first.Weight, 0f, Key((float)first.Weight, first.Factor));
        table[Convert.ToInt32(second.Value, CultureInfo.InvariantCulture)] = new(second.Weight, 0f, (float)second.Weight, Key((float)second.Weight, second.Factor));
        return table;
    }

    /// <summary>The entry of <paramref name="value"/>; a value outside the enumeration gets the last entry (neither factor).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref readonly ExclusiveFactorPair Lookup(ExclusiveFactorPair[] table, int value)
        => ref table[Math.Min(unchecked((uint)value), unchecked((uint)table.Length - 1))];

    /// <summary><paramref name="value"/> when <paramref name="mask"/> is all ones, +0 when it is 0, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double When(ulong mask, double value)
        => BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(value) & mask);

    /// <summary>All 64 bits set when <paramref name="condition"/> holds, otherwise none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(bool condition) => unchecked(0UL - Unsafe.BitCast<bool, byte>(condition));

    /// <summary><paramref name="value"/> limited to 0..1; 0 is +0 (Math.Max orders −0 below +0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Clamp01(double value) => Math.Min(Math.Max(value, 0), 1);

    /// <summary>Linear ramp: 0 at or below the threshold, 1 at or above the saturation, linear between.</summary>
    /// <param name="value">The input; finite and not negative.</param>
    /// <param name="threshold">Where the ramp starts.</param>
    /// <param name="slope">From <see cref="RampSlope"/>, which makes the saturation reach exactly 1.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Ramp(double value, double threshold, double slope) => Clamp01((value - threshold) * slope);

    /// <summary>The slope of the ramp from <paramref name="threshold"/> to <paramref name="saturation"/>: 1 / (saturation − threshold),
    /// rounded up by the least amount needed so that the saturation itself ramps to exactly 1 (rounding could give 0.999…);
    /// since subtraction and multiplication round monotonically, every value above the saturation then reaches 1 too.</summary>
    private static double RampSlope(double threshold, double saturation)
    {
        var slope = 1 / (saturation - threshold);
        while ((saturation - threshold) * slope < 1)
        {
            slope = Math.BitIncrement(slope);
        }

        return slope;
    }

    /// <summary>A validated non-negative weight with −0 made +0, so the factor's contribution is never −0 (whose sign bit would
    /// make <see cref="PositiveKey"/> see a magnitude).</summary>
    private static double NonNegative(double weight) => weight + 0.0;

    /// <summary>The ranking key of a factor contributing <paramref name="contribution"/>.</summary>
    private static ulong Key(float contribution, RiskReason factor) => PositiveKey(MathF.Abs(contribution), factor);

    /// <summary><see cref="Key"/> of a contribution known not to be negative (the time, load, backlog and breach factors,
    /// whose weights are validated non-negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PositiveKey(float contribution, RiskReason factor)
        => ((ulong)BitConverter.SingleToUInt32Bits(contribution) << 8) | unchecked((byte)(255 - (int)factor));

    /// <summary>1 when <paramref name="key"/> is reported: its factor contributes, or it is <see cref="RiskReason.AlreadyBreached"/>'s
    /// (low byte 255); otherwise 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IsReason(ulong key) => key >= 255 ? 1 : 0;

    /// <summary>A compare-exchange without a branch: afterwards <paramref name="high"/> ≥ <paramref name="low"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SortDescending(ref ulong high, ref ulong low)
    {
        var excess = Excess(low, high);
        high = unchecked(high + excess);
        low = unchecked(low - excess);
    }

    /// <summary>How much <paramref name="a"/> exceeds <paramref name="b"/>: a − b when a &gt; b, otherwise 0.</summary>
    /// <remarks>Keys are below 2^40, so their difference is exact as a signed number. It is masked by its own sign with a
    /// shift rather than with <see cref="Math.Max(long, long)"/>: inside a batch loop the JIT may turn a max into a branch,
    /// which random inputs mispredict half the time.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Excess(ulong a, ulong b)
    {
        var difference = unchecked((long)(a - b));
        return unchecked((ulong)(difference & ~(difference >> 63)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ReasonOf(ulong key) => unchecked((byte)~key);
}
