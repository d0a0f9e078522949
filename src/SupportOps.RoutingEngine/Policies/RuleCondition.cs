using System.Collections.Immutable;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>
/// One clause of a rule: a conjunction of conditions on priority, risk score range, customer tier,
/// tags (any and/or all) and channel. An empty set or the full risk range means "any".
/// </summary>
/// <remarks>
/// <para>
/// A rule matches when any of its clauses matches, so "tag outage or priority P0" is two clauses.
/// Tags are compared after normalization (trimmed, lower-case invariant).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleCondition
{
    /// <summary>The lowest risk score.</summary>
    public const int MinRiskScore = 0;

    /// <summary>The highest risk score.</summary>
    public const int MaxRiskScore = 100;

    private readonly int _priorityMask;
    private readonly int _tierMask;
    private readonly int _channelMask;

    /// <summary>Initializes a new clause.</summary>
    /// <param name="priorities">The priorities that match; null or empty for any.</param>
    /// <param name="minRisk">The lowest matching risk score, inclusive (0..100).</param>
    /// <param name="maxRisk">The highest matching risk score, inclusive (0..100, at least <paramref name="minRisk"/>).</param>
    /// <param name="tiers">The customer tiers that match; null or empty for any.</param>
    /// <param name="channels">The channels that match; null or empty for any.</param>
    /// <param name="tagsAny">Tags of which at least one must be present; null or empty for no such condition.</param>
    /// <param name="tagsAll">Tags that must all be present; null or empty for no such condition.</param>
    /// <exception cref="ArgumentOutOfRangeException">A risk bound is outside 0..100, <paramref name="minRisk"/> exceeds <paramref name="maxRisk"/>, or an enum value is undefined.</exception>
    /// <exception cref="ArgumentException">A tag is empty or white space.</exception>
    public RuleCondition(
        IEnumerable<Priority>? priorities = null,
        int minRisk = MinRiskScore,
        int maxRisk = MaxRiskScore,
        IEnumerable<CustomerTier>? tiers = null,
        IEnumerable<Channel>? channels = null,
        IEnumerable<string>? tagsAny = null,
        IEnumerable<string>? tagsAll = null)
    {
        Guard.InRange(minRisk, MinRiskScore, MaxRiskScore);
        Guard.InRange(maxRisk, MinRiskScore, MaxRiskScore);
        if (minRisk > maxRisk)
        {
            throw new ArgumentOutOfRangeException(nameof(minRisk), minRisk, $"minRisk must not exceed maxRisk ({maxRisk}), but was {minRisk}.");
        }

        Priorities = Names.DistinctSorted(priorities);
        Tiers = Names.DistinctSorted(tiers);
        Channels = Names.DistinctSorted(channels);
        MinRisk = minRisk;
        MaxRisk = maxRisk;
        TagsAny = Names.NormalizeSet(tagsAny, nameof(tagsAny));
        TagsAll = Names.NormalizeSet(tagsAll, nameof(tagsAll));
        _priorityMask = Mask(Priorities);
        _tierMask = Mask(Tiers);
        _channelMask = Mask(Channels);
    }

    /// <summary>Gets a clause that matches every ticket.</summary>
    public static RuleCondition Always { get; } = new();

    /// <summary>Gets the matching priorities in ascending order; empty for any.</summary>
    public ImmutableArray<Priority> Priorities { get; }

    /// <summary>Gets the lowest matching risk score, inclusive.</summary>
    public int MinRisk { get; }

    /// <summary>Gets the highest matching risk score, inclusive.</summary>
    public int MaxRisk { get; }

    /// <summary>Gets the matching customer tiers in ascending order; empty for any.</summary>
    public ImmutableArray<CustomerTier> Tiers { get; }

    /// <summary>Gets the matching channels in ascending order; empty for any.</summary>
    public ImmutableArray<Channel> Channels { get; }

    /// <summary>Gets the normalized tags of which at least one must be present, in ordinal order.</summary>
    public ImmutableArray<string> TagsAny { get; }

    /// <summary>Gets the normalized tags that must all be present, in ordinal order.</summary>
    public ImmutableArray<string> TagsAll { get; }

    /// <summary>Gets a value indicating whether the clause matches every ticket.</summary>
    public bool IsUnconditional =>
        _priorityMask == 0 && _tierMask == 0 && _channelMask == 0 && MinRisk == MinRiskScore && MaxRisk == MaxRiskScore
        && TagsAny.IsEmpty && TagsAll.IsEmpty;

    /// <summary>Returns the conditions the ticket fails, or <see cref="RuleConditionKinds.None"/> when it matches.</summary>
    /// <param name="ticket">The ticket; must not be null.</param>
    /// <returns>The failed conditions as flags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    public RuleConditionKinds Evaluate(RoutingTicket ticket)
    {
        Guard.NotNull(ticket);
        var failed = RuleConditionKinds.None;
        if (_priorityMask != 0 && (_priorityMask & (1 << (int)ticket.Priority)) == 0)
        {
            failed |= RuleConditionKinds.Priority;
        }

        if (ticket.RiskScore < MinRisk || ticket.RiskScore > MaxRisk)
        {
            failed |= RuleConditionKinds.RiskScore;
        }

        if (_tierMask != 0 && (_tierMask & (1 << (int)ticket.Tier)) == 0)
        {
            failed |= RuleConditionKinds.CustomerTier;
        }

        if (_channelMask != 0 && (_channelMask & (1 << (int)ticket.Channel)) == 0)
        {
            failed |= RuleConditionKinds.Channel;
        }

        if (!TagsAny.IsEmpty && !HasAny(ticket.Tags, TagsAny))
        {
            failed |= RuleConditionKinds.TagsAny;
        }

        if (!TagsAll.IsEmpty && !HasAll(ticket.Tags, TagsAll))
        {
            failed |= RuleConditionKinds.TagsAll;
        }

        return failed;
    }

    /// <summary>Returns whether every ticket this clause's <paramref name="other"/> matches is also matched by this clause.</summary>
    internal bool Subsumes(RuleCondition other)
    {
        if (!MaskCovers(_priorityMask, other._priorityMask) || !MaskCovers(_tierMask, other._tierMask) || !MaskCovers(_channelMask, other._channelMask))
        {
            return false;
        }

        if (MinRisk > other.MinRisk || MaxRisk < other.MaxRisk)
        {
            return false;
        }

        // Every tag this clause requires must be guaranteed by the other: required by it, or its only "any" tag.
        foreach (var tag in TagsAll)
        {
            if (!Guarantees(other, tag))
            {
                return false;
            }
        }

        if (!TagsAny.IsEmpty)
        {
            var guaranteed = false;
            foreach (var tag in TagsAny)
            {
                guaranteed |= Guarantees(other, tag);
            }

            // Or the other demands one of a set of tags that all belong to ours.
            if (!guaranteed && !other.TagsAny.IsEmpty)
            {
                guaranteed = true;
                foreach (var tag in other.TagsAny)
                {
                    guaranteed &= Names.ContainsSorted(TagsAny, tag);
                }
            }

            if (!guaranteed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether some ticket matches both clauses. Tag conditions never exclude each other.</summary>
    internal bool Overlaps(RuleCondition other) =>
        MaskIntersects(_priorityMask, other._priorityMask)
        && MaskIntersects(_tierMask, other._tierMask)
        && MaskIntersects(_channelMask, other._channelMask)
        && MinRisk <= other.MaxRisk && other.MinRisk <= MaxRisk;

    private static bool Guarantees(RuleCondition clause, string tag) =>
        Names.ContainsSorted(clause.TagsAll, tag) || (clause.TagsAny.Length == 1 && clause.TagsAny[0] == tag);

    private static bool MaskCovers(int outer, int inner) => outer == 0 || (inner != 0 && (inner & ~outer) == 0);

    private static bool MaskIntersects(int a, int b) => a == 0 || b == 0 || (a & b) != 0;

    private static int Mask<T>(ImmutableArray<T> values)
        where T : struct, Enum
    {
        var mask = 0;
        foreach (var value in values)
        {
            mask |= 1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return mask;
    }

    private static bool HasAny(ImmutableArray<string> ticketTags, ImmutableArray<string> wanted)
    {
        foreach (var tag in wanted)
        {
            if (Names.ContainsSorted(ticketTags, tag))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAll(ImmutableArray<string> ticketTags, ImmutableArray<string> wanted)
    {
        foreach (var tag in wanted)
        {
            if (!Names.ContainsSorted(ticketTags, tag))
            {
                return false;
            }
        }

        return true;
    }
}
