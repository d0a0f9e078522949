using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <content>The allocation-free walk over a calendar's open time.</content>
public sealed partial class BusinessCalendar
{
    /// <summary>
    /// Walks the open instants of a calendar forwards as pieces <c>[start, end)</c> of instant
    /// ticks, in increasing order, starting with the first piece that ends after the starting tick.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The open local time is the union of the local intervals <c>[day + start, day + end)</c> of
    /// every non-holiday day. The cursor holds the zone interval (a stretch of instants with one
    /// offset <c>o</c>) it is in; there a local interval <c>[l1, l2)</c> is the instant interval
    /// <c>[l1 - o, l2 - o)</c> clipped to the zone interval. On entering the next zone interval the
    /// cursor seeks to the first local interval that ends after that zone interval's first local
    /// time, which skips local times a DST gap removes and revisits the ones an overlap repeats.
    /// Pieces may touch; they never overlap.
    /// </para>
    /// </remarks>
    private struct OpenTimeCursor
    {
        private readonly BusinessCalendar calendar;
        private long zoneStart;
        private long zoneEnd;
        private long offset;
        private long day;
        private long dayStart;
        private long[] hours;
        private int index;
        private int specialIndex;
        private bool exhausted;

        public OpenTimeCursor(BusinessCalendar calendar, long instantTicks)
        {
            this.calendar = calendar;
            hours = [];
            EnterZone(instantTicks);
            Seek(instantTicks + offset);
        }

        /// <summary>Gets the local epoch day whose intervals the cursor is reading.</summary>
        public readonly long Day => day;

        /// <summary>Moves to the next piece of open instants.</summary>
        /// <param name="start">The first open tick of the piece.</param>
        /// <param name="end">The tick after the last open tick of the piece.</param>
        /// <returns><see langword="false"/> when the calendar never opens again.</returns>
        public bool MoveNext(out long start, out long end)
        {
            while (!exhausted)
            {
                if (index >= hours.Length)
                {
                    NextDay();
                    continue;
                }

                var first = dayStart + hours[index] - offset;
                if (first >= zoneEnd)
                {
                    EnterZone(zoneEnd);
                    Seek(zoneStart + offset);
                    continue;
                }

                var last = dayStart + hours[index + 1] - offset;
                start = Math.Max(first, zoneStart);
                if (last > zoneEnd)
                {
                    // The local interval goes on in the next zone interval; Seek finds its rest.
                    end = zoneEnd;
                    EnterZone(zoneEnd);
                    Seek(zoneStart + offset);
                }
                else
                {
                    end = last;
                    index += 2;
                }

                if (start < end)
                {
                    return true;
                }
            }

            start = end = 0;
            return false;
        }

        private void EnterZone(long instantTicks)
        {
            var interval = calendar.TimeZone.GetZoneInterval(Instant.FromUnixTimeTicks(instantTicks));
            zoneStart = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
            zoneEnd = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
            offset = interval.WallOffset.Ticks;
        }

        /// <summary>Positions the cursor on the first local interval that ends after <paramref name="local"/>.</summary>
        private void Seek(long local)
        {
            // Start a day early: the previous day's interval may run past midnight.
            day = Math.DivRem(local, TicksPerDay, out var rest) - (rest < 0 ? 2 : 1);
            dayStart = day * TicksPerDay;
            var specials = calendar.specialDays;
            var found = Array.BinarySearch(specials, (int)Math.Clamp(day, int.MinValue, int.MaxValue));
            specialIndex = found >= 0 ? found : ~found;
            LoadDay();
            while (!exhausted)
            {
                if (index >= hours.Length)
                {
                    NextDay();
                }
                else if (dayStart + hours[index + 1] <= local)
                {
                    index += 2;
                }
                else
                {
                    return;
                }
            }
        }

        private void NextDay()
        {
            day++;
            dayStart += TicksPerDay;
            LoadDay();
        }

        private void LoadDay()
        {
            index = 0;
            var specials = calendar.specialDays;
            while (specialIndex < specials.Length && specials[specialIndex] < day)
            {
                specialIndex++;
            }

            if (specialIndex < specials.Length && specials[specialIndex] == day)
            {
                hours = calendar.specialHours[specialIndex];
            }
            else if (calendar.weeklyEmpty && specialIndex >= specials.Length)
            {
                exhausted = true;
            }
            else
            {
                var weekday = (int)((day + 3) % 7);
                hours = calendar.weekly[weekday < 0 ? weekday + 7 : weekday];
            }

            if (day > MaxDay)
            {
                exhausted = true;
            }
        }
    }
}
