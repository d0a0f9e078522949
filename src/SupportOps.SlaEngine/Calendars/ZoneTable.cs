using System.Runtime.CompilerServices;
using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// The zone intervals of a time zone from 1900 to 2200 as flat tick arrays, so that finding the
/// offset at an instant is an array lookup instead of a call into the zone. Shared by every
/// calendar in the same zone; instants outside the table fall back to the zone itself.
/// </summary>
internal sealed class ZoneTable
{
    private static readonly ConditionalWeakTable<DateTimeZone, ZoneTable> Cache = [];

    private readonly DateTimeZone zone;
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly long[] offsets;

    private ZoneTable(DateTimeZone zone)
    {
        this.zone = zone;
        var intervals = zone.GetZoneIntervals(Instant.FromUtc(1900, 1, 1, 0, 0), Instant.FromUtc(2200, 1, 1, 0, 0)).ToArray();
        starts = new long[intervals.Length];
        ends = new long[intervals.Length];
        offsets = new long[intervals.Length];
        for (var i = 0; i < intervals.Length; i++)
        {
            starts[i] = intervals[i].HasStart ? intervals[i].Start.ToUnixTimeTicks() : long.MinValue;
            ends[i] = intervals[i].HasEnd ? intervals[i].End.ToUnixTimeTicks() : long.MaxValue;
            offsets[i] = intervals[i].WallOffset.Ticks;
        }
    }

    public static ZoneTable For(DateTimeZone zone) => Cache.GetValue(zone, static z => new ZoneTable(z));

    /// <summary>Finds the zone interval holding <paramref name="ticks"/>.</summary>
    /// <param name="ticks">The instant as ticks since the Unix epoch.</param>
    /// <param name="hint">The index found last time; checked first, updated when it misses.</param>
    /// <param name="start">The interval's first tick (<see cref="long.MinValue"/> when unbounded).</param>
    /// <param name="end">The tick after its last (<see cref="long.MaxValue"/> when unbounded).</param>
    /// <param name="offset">The wall offset in ticks.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Find(long ticks, ref int hint, out long start, out long end, out long offset)
    {
        var i = hint;
        if ((uint)i < (uint)starts.Length && ticks >= starts[i] && ticks < ends[i])
        {
            start = starts[i];
            end = ends[i];
            offset = offsets[i];
            return;
        }

        FindSlow(ticks, ref hint, out start, out end, out offset);
    }

    private void FindSlow(long ticks, ref int hint, out long start, out long end, out long offset)
    {
        var i = Array.BinarySearch(starts, ticks);
        i = i >= 0 ? i : ~i - 1;
        if (i < 0 || ticks >= ends[i])
        {
            var interval = zone.GetZoneInterval(Instant.FromUnixTimeTicks(ticks));
            start = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
            end = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
            offset = interval.WallOffset.Ticks;
            return;
        }

        hint = i;
        start = starts[i];
        end = ends[i];
        offset = offsets[i];
    }
}
