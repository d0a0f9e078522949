using System.Collections.Immutable;
using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Metrics;
using SupportOps.EventTimeline.Events;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.Analytics.Internal;

/// <summary>The running totals of one period while tickets are walked; sums only, so ticket order does not matter.</summary>
internal sealed class PeriodAccumulator
{
    private const int ChannelCount = 7;
    private const int BucketCount = 5;

    private readonly Dictionary<(AnalyticsDimension Dimension, string Key), int[]> _backlog = [];
    private readonly Dictionary<(SlaTimerKind Timer, AnalyticsDimension Dimension, string Key), int[]> _sla = [];
    private readonly Dictionary<string, AgentAccumulator> _agents = new(StringComparer.Ordinal);
    private readonly List<Duration> _frtCalendar = [];
    private readonly List<Duration> _frtBusiness = [];
    private readonly List<Duration> _resCalendar = [];
    private readonly List<Duration> _resBusiness = [];
    private readonly int[] _createdByChannel = new int[ChannelCount];
    private readonly int[] _createdByHour = new int[7 * 24];

    public PeriodAccumulator(AnalyticsPeriod period, Instant now)
    {
        Period = period;
        Start = period.Start;
        End = now < period.End ? now : period.End;
    }

    public AnalyticsPeriod Period { get; }

    public Instant Start { get; }

    /// <summary>Gets the effective end: the period's end, or <c>now</c> when the period is still running.</summary>
    public Instant End { get; }

    public int Created { get; set; }

    public int Active { get; set; }

    public int Solves { get; set; }

    public int Reopens { get; set; }

    public int Escalated { get; set; }

    public int Reassignments { get; set; }

    public int Resolved { get; set; }

    public int OneTouch { get; set; }

    public int Replies { get; set; }

    public int OpenAtStart { get; set; }

    public int OpenAtEnd { get; set; }

    public int Good { get; set; }

    public int Bad { get; set; }

    public bool Contains(Instant instant) => instant >= Start && instant < End;

    public void AddCreated(Instant at, Channel channel)
    {
        Created++;
        _createdByChannel[(int)channel]++;
        var local = at.InZone(Period.Calendar.TimeZone).LocalDateTime;
        _createdByHour[(((int)local.DayOfWeek - 1) * 24) + local.Hour]++;
    }

    public void AddFirstReply(Instant created, Instant reply)
    {
        _frtCalendar.Add(reply - created);
        _frtBusiness.Add(Period.Calendar.Between(created, reply));
    }

    public void AddResolution(Instant created, Instant solved)
    {
        _resCalendar.Add(solved - created);
        _resBusiness.Add(Period.Calendar.Between(created, solved));
    }

    public void AddBacklog(Instant createdAt, string queue, Priority priority, Channel channel)
    {
        var age = End - createdAt;
        var bucket = age < Duration.FromHours(4) ? 0
            : age < Duration.FromHours(24) ? 1
            : age < Duration.FromDays(3) ? 2
            : age < Duration.FromDays(7) ? 3
            : 4;
        Bump(_backlog, (AnalyticsDimension.Overall, Names.All), BucketCount, bucket);
        Bump(_backlog, (AnalyticsDimension.Queue, queue), BucketCount, bucket);
        Bump(_backlog, (AnalyticsDimension.Priority, Names.Of(priority)), BucketCount, bucket);
        Bump(_backlog, (AnalyticsDimension.Channel, Names.Of(channel)), BucketCount, bucket);
    }

    /// <summary>Counts one SLA cycle as met (0), breached (1) or running (2) under every dimension.</summary>
    public void AddSla(SlaTimerKind timer, int outcome, string priority, string channel, string queue)
    {
        Bump(_sla, (timer, AnalyticsDimension.Overall, Names.All), 3, outcome);
        Bump(_sla, (timer, AnalyticsDimension.Priority, priority), 3, outcome);
        Bump(_sla, (timer, AnalyticsDimension.Channel, channel), 3, outcome);
        Bump(_sla, (timer, AnalyticsDimension.Queue, queue), 3, outcome);
    }

    public AgentAccumulator Agent(string agentId)
    {
        if (!_agents.TryGetValue(agentId, out var agent))
        {
            agent = new AgentAccumulator();
            _agents.Add(agentId, agent);
        }

        return agent;
    }

    /// <summary>Marks an agent busy over [from, to), clipped to the period, at minute resolution.</summary>
    public void AddActive(string agentId, Instant from, Instant to)
    {
        var clippedFrom = from < Start ? Start : from;
        var clippedTo = to > End ? End : to;
        if (clippedFrom < clippedTo)
        {
            Agent(agentId).MarkBusy(Minute(clippedFrom), Minute(clippedTo), MinuteCount);
        }
    }

    /// <summary>Gets the number of whole or partial minutes in [Start, End).</summary>
    private int MinuteCount => (int)Math.Ceiling((End - Start).TotalMinutes);

    /// <summary>The minute slot nearest to an instant (rounded, so stretch ends are unbiased).</summary>
    private int Minute(Instant instant) => (int)Math.Round((instant - Start).TotalMinutes, MidpointRounding.AwayFromZero);

    public PeriodMetrics Build(IReadOnlyDictionary<string, AgentCapacity> capacities)
    {
        var byChannel = ImmutableSortedDictionary.CreateBuilder<Channel, int>();
        for (var c = 0; c < ChannelCount; c++)
        {
            if (_createdByChannel[c] > 0)
            {
                byChannel.Add((Channel)c, _createdByChannel[c]);
            }
        }

        return new PeriodMetrics(
            Period,
            Created,
            byChannel.ToImmutable(),
            [.. _createdByHour],
            Active,
            Solves,
            Reopens,
            Escalated,
            Reassignments,
            Resolved,
            OneTouch,
            Replies,
            Percentiles(_frtCalendar, _frtBusiness),
            Percentiles(_resCalendar, _resBusiness),
            new BacklogMetrics(OpenAtStart, OpenAtEnd, BacklogRows()),
            SlaRows(),
            Workload(capacities),
            Good,
            Bad);
    }

    private static void Bump<TKey>(Dictionary<TKey, int[]> table, TKey key, int width, int index)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var counts))
        {
            counts = new int[width];
            table.Add(key, counts);
        }

        counts[index]++;
    }

    private static DurationPercentiles Percentiles(List<Duration> calendar, List<Duration> business)
    {
        calendar.Sort();
        business.Sort();
        return new DurationPercentiles(
            calendar.Count,
            Metrics.Percentiles.NearestRank(calendar, 50),
            Metrics.Percentiles.NearestRank(calendar, 90),
            Metrics.Percentiles.NearestRank(business, 50),
            Metrics.Percentiles.NearestRank(business, 90));
    }

    private ImmutableArray<BacklogRow> BacklogRows()
    {
        var rows = ImmutableArray.CreateBuilder<BacklogRow>(_backlog.Count + 1);
        if (!_backlog.ContainsKey((AnalyticsDimension.Overall, Names.All)))
        {
            rows.Add(new BacklogRow(AnalyticsDimension.Overall, Names.All, [0, 0, 0, 0, 0]));
        }

        foreach (var ((dimension, key), counts) in _backlog.OrderBy(e => e.Key.Dimension).ThenBy(e => e.Key.Key, StringComparer.Ordinal))
        {
            rows.Add(new BacklogRow(dimension, key, [.. counts]));
        }

        return rows.ToImmutable();
    }

    private ImmutableArray<SlaAttainmentRow> SlaRows() =>
    [
        .. _sla.OrderBy(e => e.Key.Timer).ThenBy(e => e.Key.Dimension).ThenBy(e => e.Key.Key, StringComparer.Ordinal)
            .Select(e => new SlaAttainmentRow(e.Key.Timer, e.Key.Dimension, e.Key.Key, e.Value[0], e.Value[1], e.Value[2])),
    ];

    private ImmutableArray<AgentWorkload> Workload(IReadOnlyDictionary<string, AgentCapacity> capacities)
    {
        var ids = new SortedSet<string>(_agents.Keys, StringComparer.Ordinal);
        ids.UnionWith(capacities.Keys);
        var rows = ImmutableArray.CreateBuilder<AgentWorkload>(ids.Count);
        foreach (var id in ids)
        {
            var agent = _agents.GetValueOrDefault(id) ?? new AgentAccumulator();
            capacities.TryGetValue(id, out var capacity);
            var shift = capacity?.Shift ?? Period.Calendar;
            var shiftTime = shift.Between(Start, End);
            var byChannel = ImmutableSortedDictionary.CreateBuilder<Channel, int>();
            for (var c = 0; c < ChannelCount; c++)
            {
                if (agent.OpenByChannel[c] > 0)
                {
                    byChannel.Add((Channel)c, agent.OpenByChannel[c]);
                }
            }

            var utilizationByChannel = ImmutableSortedDictionary.CreateBuilder<Channel, double>();
            if (capacity is not null)
            {
                foreach (var (channel, limit) in capacity.PerChannel)
                {
                    if (limit > 0)
                    {
                        utilizationByChannel.Add(channel, (double)agent.OpenByChannel[(int)channel] / limit);
                    }
                }
            }

            rows.Add(new AgentWorkload(
                id,
                agent.OpenAssigned,
                byChannel.ToImmutable(),
                agent.Pending,
                capacity?.MaxOpenTickets,
                capacity is { MaxOpenTickets: > 0 } ? (double)agent.OpenAssigned / capacity.MaxOpenTickets : null,
                utilizationByChannel.ToImmutable(),
                shiftTime > Duration.Zero ? agent.BusyTime(shift, Start, End) / shiftTime : null,
                agent.Replies,
                agent.Solves,
                shiftTime.TotalHours));
        }

        return rows.ToImmutable();
    }

    /// <summary>One agent's running totals in a period.</summary>
    /// <remarks>
    /// Busy time is a bitset of the period's minutes (allocated once per agent), so it costs memory in
    /// proportion to agents and period length, not to the number of stretches or events.
    /// </remarks>
    internal sealed class AgentAccumulator
    {
        public int OpenAssigned;
        public int Pending;
        public int Replies;
        public int Solves;
        public readonly int[] OpenByChannel = new int[ChannelCount];
        private ulong[]? _busy;

        public void MarkBusy(int from, int to, int minuteCount)
        {
            to = Math.Min(to, minuteCount);
            if (from >= to)
            {
                return;
            }

            _busy ??= new ulong[(minuteCount + 63) / 64];
            for (var bit = from; bit < to;)
            {
                var word = bit >> 6;
                var offset = bit & 63;
                var count = Math.Min(64 - offset, to - bit);
                var mask = count == 64 ? ulong.MaxValue : ((1UL << count) - 1) << offset;
                _busy[word] |= mask;
                bit += count;
            }
        }

        /// <summary>Business time of <paramref name="shift"/> covered by the busy minutes.</summary>
        public Duration BusyTime(SupportOps.SlaEngine.Calendars.IBusinessCalendar shift, Instant start, Instant end)
        {
            if (_busy is null)
            {
                return Duration.Zero;
            }

            var total = Duration.Zero;
            var length = _busy.Length * 64;
            var bit = 0;
            while (bit < length)
            {
                if ((_busy[bit >> 6] & (1UL << (bit & 63))) == 0)
                {
                    bit++;
                    continue;
                }

                var runStart = bit;
                while (bit < length && (_busy[bit >> 6] & (1UL << (bit & 63))) != 0)
                {
                    bit++;
                }

                var from = start + Duration.FromMinutes(runStart);
                var to = start + Duration.FromMinutes(bit);
                total += shift.Between(from, to > end ? end : to);
            }

            return total;
        }
    }
}
