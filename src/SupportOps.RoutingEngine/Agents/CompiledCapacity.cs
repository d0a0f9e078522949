using System.Security.Cryptography;
using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>
/// The flat, index-addressed form of a <see cref="CapacitySnapshot"/> used on the hot path: agents in
/// ordinal id order, skill bitsets, per-channel arrays, shift segments per weekday, distinct zones and
/// the SHA-256 fingerprint of the canonical snapshot.
/// </summary>
internal sealed class CompiledCapacity
{
    public const int ChannelCount = 7;

    /// <summary>Per zone, the last computed on-shift set and the span of instants it holds for (see <see cref="OnShiftMask"/>).</summary>
    private readonly ZoneShiftMask?[] _shiftMasks;

    /// <summary>Per zone, the indexes of its agents in ascending order.</summary>
    private readonly int[][] _zoneAgents;

    public CompiledCapacity(CapacitySnapshot snapshot)
    {
        var agents = snapshot.Agents;
        var n = agents.Length;
        Count = n;
        Ids = new string[n];
        IndexById = new Dictionary<string, int>(n, StringComparer.Ordinal);
        SkillIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var skill in agents.SelectMany(a => a.Skills).Distinct().Order(StringComparer.Ordinal))
        {
            SkillIndex[skill] = SkillIndex.Count;
        }

        Words = (n + 63) / 64;
        SkillMasks = new ulong[SkillIndex.Count][];
        for (var k = 0; k < SkillMasks.Length; k++)
        {
            SkillMasks[k] = new ulong[Words];
        }

        OnlineMask = new ulong[Words];
        TeamLeadMasks = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        Status = new AgentStatus[n];
        Capacity = new int[n];
        Load = new int[n];
        ChannelCapacity = new int[n * ChannelCount];
        ChannelLoad = new int[n * ChannelCount];
        ZoneIndex = new int[n];
        AlwaysOnShift = new bool[n];
        Team = new string?[n];
        IsTeamLead = new bool[n];
        SegmentOffsets = new int[(n * 7) + 1];
        var zones = new List<DateTimeZone>();
        var from = new List<long>();
        var to = new List<long>();

        for (var i = 0; i < n; i++)
        {
            var agent = agents[i];
            Ids[i] = agent.Id;
            IndexById[agent.Id] = i;
            var bit = 1UL << (i & 63);
            foreach (var skill in agent.Skills)
            {
                SkillMasks[SkillIndex[skill]][i >> 6] |= bit;
            }

            if (agent.Status == AgentStatus.Online)
            {
                OnlineMask[i >> 6] |= bit;
            }

            if (agent.IsTeamLead)
            {
                if (!TeamLeadMasks.TryGetValue(agent.Team!, out var leads))
                {
                    TeamLeadMasks[agent.Team!] = leads = new ulong[Words];
                }

                leads[i >> 6] |= bit;
            }

            Status[i] = agent.Status;
            Capacity[i] = agent.Capacity;
            Load[i] = agent.Load;
            for (var c = 0; c < ChannelCount; c++)
            {
                ChannelCapacity[(i * ChannelCount) + c] = agent.ChannelCapacity.TryGetValue((Channel)c, out var cap) ? cap : -1;
                ChannelLoad[(i * ChannelCount) + c] = agent.ChannelLoad.TryGetValue((Channel)c, out var load) ? load : 0;
            }

            var zone = zones.IndexOf(agent.TimeZone);
            if (zone < 0)
            {
                zone = zones.Count;
                zones.Add(agent.TimeZone);
            }

            ZoneIndex[i] = zone;
            AlwaysOnShift[i] = agent.Shift.IsAlways;
            Team[i] = agent.Team;
            IsTeamLead[i] = agent.IsTeamLead;
            for (var d = 0; d < 7; d++)
            {
                SegmentOffsets[(i * 7) + d] = from.Count;
                foreach (var (f, t) in agent.Shift.Segments((IsoDayOfWeek)(d + 1)))
                {
                    from.Add(f);
                    to.Add(t);
                }
            }
        }

        SegmentOffsets[n * 7] = from.Count;
        RoomMask = new ulong[Words];
        ChannelRoomMask = new ulong[ChannelCount * Words];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < ChannelCount; c++)
            {
                UpdateRoom(i, c, Load, ChannelLoad, RoomMask, ChannelRoomMask);
            }
        }

        SegmentFrom = [.. from];
        SegmentTo = [.. to];
        Zones = [.. zones];
        _shiftMasks = new ZoneShiftMask?[Zones.Length];
        _zoneAgents = [.. Enumerable.Range(0, Zones.Length).Select(zone => Enumerable.Range(0, n).Where(i => ZoneIndex[i] == zone).ToArray())];
        OnCall = snapshot.OnCall;
        Fingerprint = SHA256.HashData(Canonical(snapshot));
    }

    public int Count { get; }

    public string[] Ids { get; }

    public Dictionary<string, int> IndexById { get; }

    public Dictionary<string, int> SkillIndex { get; }

    /// <summary>The number of 64-bit words in an agent bitset.</summary>
    public int Words { get; }

    /// <summary>Per skill index, the bitset of agents with the skill.</summary>
    public ulong[][] SkillMasks { get; }

    /// <summary>The bitset of online agents.</summary>
    public ulong[] OnlineMask { get; }

    /// <summary>Per team, the bitset of its team leads.</summary>
    public Dictionary<string, ulong[]> TeamLeadMasks { get; }

    public AgentStatus[] Status { get; }

    public int[] Capacity { get; }

    public int[] Load { get; }

    /// <summary>Per agent and channel (agent * 7 + channel); -1 means no per-channel limit.</summary>
    public int[] ChannelCapacity { get; }

    public int[] ChannelLoad { get; }

    /// <summary>
    /// The bitset of agents with room for one more ticket at the snapshot's loads: a positive capacity above
    /// the load. Kept in step with the loads by <see cref="UpdateRoom"/> when a simulation assigns tickets.
    /// </summary>
    public ulong[] RoomMask { get; }

    /// <summary>
    /// Per channel (channel * <see cref="Words"/> + word), the bitset of agents with room on that channel at the
    /// snapshot's loads: no per-channel limit, or a positive limit above the channel load.
    /// </summary>
    public ulong[] ChannelRoomMask { get; }

    public DateTimeZone[] Zones { get; }

    public int[] ZoneIndex { get; }

    public bool[] AlwaysOnShift { get; }

    /// <summary>Start of each agent's segments for a weekday at index agent * 7 + (day - 1); one extra end entry.</summary>
    public int[] SegmentOffsets { get; }

    public long[] SegmentFrom { get; }

    public long[] SegmentTo { get; }

    public string?[] Team { get; }

    public bool[] IsTeamLead { get; }

    public OnCallSchedule OnCall { get; }

    public byte[] Fingerprint { get; }

    /// <summary>Sets an agent's bits in <paramref name="room"/> and in <paramref name="channelRoom"/> for one channel from its loads.</summary>
    /// <param name="agent">The agent index.</param>
    /// <param name="channel">The channel whose per-channel bit is updated.</param>
    /// <param name="load">The loads the masks describe.</param>
    /// <param name="channelLoad">The per-channel loads the masks describe.</param>
    /// <param name="room">The mask of <see cref="RoomMask"/>'s shape to update.</param>
    /// <param name="channelRoom">The mask of <see cref="ChannelRoomMask"/>'s shape to update.</param>
    public void UpdateRoom(int agent, int channel, int[] load, int[] channelLoad, ulong[] room, ulong[] channelRoom)
    {
        var bit = 1UL << (agent & 63);
        var word = agent >> 6;
        var capacity = Capacity[agent];
        room[word] = capacity > 0 && load[agent] < capacity ? room[word] | bit : room[word] & ~bit;
        var slot = (agent * ChannelCount) + channel;
        var channelCapacity = ChannelCapacity[slot];
        var channelWord = (channel * Words) + word;
        channelRoom[channelWord] = channelCapacity < 0 || (channelCapacity > 0 && channelLoad[slot] < channelCapacity)
            ? channelRoom[channelWord] | bit
            : channelRoom[channelWord] & ~bit;
    }

    public bool HasSkill(int agent, int skill) => (SkillMasks[skill][agent >> 6] & (1UL << (agent & 63))) != 0;

    /// <summary>
    /// Writes the bitset of the agents on shift at <paramref name="now"/> (always-on-shift agents included).
    /// Each zone's set is computed for the whole span of instants around <paramref name="now"/> in which none
    /// of its agents' shift segments starts or ends and the zone's UTC offset stays the same, and is cached
    /// until an instant outside that span is asked for; so a decision tests shifts a word of 64 agents at a
    /// time, without converting the instant to each zone's local time. Thread-safe: a cached span is immutable
    /// and replaced whole.
    /// </summary>
    /// <param name="now">The instant.</param>
    /// <param name="destination">Receives the bitset; <see cref="Words"/> words.</param>
    public void OnShiftMask(Instant now, Span<ulong> destination)
    {
        destination[..Words].Clear();
        for (var zone = 0; zone < _shiftMasks.Length; zone++)
        {
            var cached = Volatile.Read(ref _shiftMasks[zone]);
            if (cached is null || now < cached.From || now >= cached.To)
            {
                cached = ComputeShiftMask(zone, now);
                Volatile.Write(ref _shiftMasks[zone], cached);
            }

            var mask = cached.Mask;
            for (var w = 0; w < mask.Length; w++)
            {
                destination[w] |= mask[w];
            }
        }
    }

    /// <summary>
    /// The agents of one zone on shift at <paramref name="now"/>, and the span of instants in which that set
    /// holds: from the latest segment boundary at or before the local time of day (or the start of the local
    /// day) to the earliest one after it (or the end of the local day), within the zone interval of
    /// <paramref name="now"/> (a constant offset, so local and universal time move together).
    /// </summary>
    private ZoneShiftMask ComputeShiftMask(int zone, Instant now)
    {
        var timeZone = Zones[zone];
        var local = now.InZone(timeZone).LocalDateTime;
        var day = (int)local.DayOfWeek - 1;
        var nanoOfDay = local.TimeOfDay.NanosecondOfDay;
        long from = 0, to = NodaConstants.NanosecondsPerDay;
        var mask = new ulong[Words];
        foreach (var i in _zoneAgents[zone])
        {
            var onShift = AlwaysOnShift[i];
            var slot = (i * 7) + day;
            for (var s = SegmentOffsets[slot]; s < SegmentOffsets[slot + 1]; s++)
            {
                var start = SegmentFrom[s];
                var end = SegmentTo[s];
                onShift |= nanoOfDay >= start && nanoOfDay < end;
                Narrow(start);
                Narrow(end);
            }

            if (onShift)
            {
                mask[i >> 6] |= 1UL << (i & 63);
            }
        }

        var interval = timeZone.GetZoneInterval(now);
        var before = Duration.FromNanoseconds(nanoOfDay - from);
        var after = Duration.FromNanoseconds(to - nanoOfDay);
        var spanStart = now - Instant.MinValue > before ? now - before : Instant.MinValue;
        var spanEnd = Instant.MaxValue - now > after ? now + after : Instant.MaxValue;
        if (interval.HasStart && interval.Start > spanStart)
        {
            spanStart = interval.Start;
        }

        if (interval.HasEnd && interval.End < spanEnd)
        {
            spanEnd = interval.End;
        }

        return new ZoneShiftMask(spanStart, spanEnd, mask);

        void Narrow(long boundary)
        {
            if (boundary <= nanoOfDay)
            {
                from = Math.Max(from, boundary);
            }
            else
            {
                to = Math.Min(to, boundary);
            }
        }
    }

    private static byte[] Canonical(CapacitySnapshot snapshot)
    {
        var w = new CanonicalWriter().Byte(1).Int32(snapshot.Agents.Length);
        foreach (var a in snapshot.Agents)
        {
            w.String(a.Id).Int32(a.Skills.Length);
            foreach (var skill in a.Skills)
            {
                w.String(skill);
            }

            w.Byte((byte)a.Status).Int32(a.Capacity).Int32(a.Load).String(a.TimeZone.Id).String(a.Team).Byte(a.IsTeamLead ? (byte)1 : (byte)0);
            w.Byte(a.Shift.IsAlways ? (byte)1 : (byte)0).Int32(a.Shift.Windows.Length);
            foreach (var window in a.Shift.Windows)
            {
                w.Byte((byte)window.Day).Int64(window.Start.NanosecondOfDay).Int64(window.End.NanosecondOfDay);
            }

            w.Int32(a.ChannelCapacity.Count);
            foreach (var (channel, value) in a.ChannelCapacity)
            {
                w.Byte((byte)channel).Int32(value);
            }

            w.Int32(a.ChannelLoad.Count);
            foreach (var (channel, value) in a.ChannelLoad)
            {
                w.Byte((byte)channel).Int32(value);
            }
        }

        w.Int32(snapshot.OnCall.Shifts.Length);
        foreach (var shift in snapshot.OnCall.Shifts)
        {
            w.Int64(shift.Start.ToUnixTimeTicks()).Int64(shift.End.ToUnixTimeTicks()).String(shift.Primary).String(shift.Secondary);
        }

        return w.ToArray();
    }

    /// <summary>A zone's on-shift agents (a full-width bitset) for the instants in [<paramref name="From"/>, <paramref name="To"/>).</summary>
    private sealed record ZoneShiftMask(Instant From, Instant To, ulong[] Mask);
}
