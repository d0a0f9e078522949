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
        private readonly long stop;
        private long zoneStart;
        private long zoneEnd;
        private long offset;
        private long day;
        private long dayStart;
        private int weekday;
        private long[] hours;
        private int index;
        private int specialIndex;
        private bool exhausted;

        /// <summary>Initializes a cursor at <paramref name="instantTicks"/>.</summary>
        /// <param name="calendar">The calendar to walk.</param>
        /// <param name="instantTicks">The first instant of interest.</param>
        /// <param name="stop">No piece starting at or after this instant is needed: the walk may end there.</param>
        public OpenTimeCursor(BusinessCalendar calendar, long instantTicks, long stop = long.MaxValue)
        {
            this.calendar = calendar;
            this.stop = stop;
            hours = [];
            EnterZone(instantTicks);
            Seek(instantTicks + offset);
        }

        /// <summary>Gets the local epoch day whose intervals the cursor is reading.</summary>
        public readonly long Day => day;

        /// <summary>Moves to the next piece of open instants.</summary>
        /// <param name="start">The first open tick of the piece.</param>
        /// <param name="end">The tick after the last open tick of the piece.</param>
        /// <returns><see langword="false"/> when the calendar never opens again, or not before the stop instant.</returns>
        public bool MoveNext(out long start, out long end)
        {
            while (true)
            {
                if (exhausted)
                {
                    // No local interval is left, but a later zone interval with a smaller offset
                    // repeats local times: try it while it can still reach the last open local time.
                    if (zoneEnd == long.MaxValue || zoneEnd - TicksPerDay >= calendar.lastOpenLocal)
                    {
                        start = end = 0;
                        return false;
                    }

                    exhausted = false;
                    EnterZone(zoneEnd);
                    Seek(zoneStart + offset);
                    continue;
                }

                if (index >= hours.Length)
                {
                    if (PastStop())
                    {
                        start = end = 0;
                        return false;
                    }

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
        }

        /// <summary>
        /// Skips whole weeks of weekly hours at once when the day just read was the last one
        /// consumed, no holiday or override and no offset change lies in them, and
        /// <paramref name="limit"/> allows it.
        /// </summary>
        /// <param name="limit">
        /// For Add: the open ticks still to find (weeks are skipped only while strictly more remain,
        /// so the due instant is never skipped over). For Between: <see cref="long.MaxValue"/>.
        /// </param>
        /// <param name="endTicks">For Between: the instant every skipped interval must end before; for Add: <see cref="long.MaxValue"/>.</param>
        /// <returns>The open ticks skipped.</returns>
        public long SkipWeeks(long limit, long endTicks)
        {
            var weekTicks = calendar.weekTicks;
            if (exhausted || index < hours.Length || weekTicks == 0 || zoneStart == long.MinValue)
            {
                return 0;
            }

            var firstDay = day + 1;
            var firstLocal = dayStart + TicksPerDay;
            var weeks = (limit - 1) / weekTicks;
            if (endTicks != long.MaxValue)
            {
                // Every skipped interval, spill included, must end before the end instant.
                weeks = Math.Min(weeks, (FloorDay(endTicks + offset) - 1 - firstDay) / 7);
            }

            if (zoneEnd != long.MaxValue)
            {
                weeks = Math.Min(weeks, (zoneEnd + offset - TicksPerDay - firstLocal) / (7 * TicksPerDay));
            }

            var specials = calendar.specialDays;
            var next = specialIndex;
            while (next < specials.Length && specials[next] < firstDay)
            {
                next++;
            }

            if (next < specials.Length)
            {
                weeks = Math.Min(weeks, (specials[next] - firstDay) / 7);
            }

            if (weeks <= 0 || firstLocal < zoneStart + offset)
            {
                return 0;
            }

            day += 7 * weeks;
            dayStart += 7 * weeks * TicksPerDay;

            // Same weekday as before; the emptied hours make the next read start with the next day.
            hours = [];
            index = 0;
            return weeks * weekTicks;
        }

        /// <summary>Returns the epoch day holding a local tick (division rounding down, also before 1970).</summary>
        private static long FloorDay(long localTicks)
        {
            var day = localTicks / TicksPerDay;
            return localTicks < 0 && day * TicksPerDay != localTicks ? day - 1 : day;
        }

        /// <summary>Returns the index of the first special day not before <paramref name="day"/>.</summary>
        private static int LowerBound(int[] days, long day)
        {
            int low = 0, high = days.Length;
            while (low < high)
            {
                var middle = (int)((uint)(low + high) >> 1);
                if (days[middle] < day)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private void EnterZone(long instantTicks)
            => calendar.zoneTable.Find(instantTicks, ref calendar.zoneHint, out zoneStart, out zoneEnd, out offset);

        /// <summary>Positions the cursor on the first local interval that ends after <paramref name="local"/>.</summary>
        private void Seek(long local)
        {
            // Start a day early when the previous day's last interval may run past midnight.
            day = FloorDay(local) - (calendar.anyPastMidnight ? 1 : 0);
            dayStart = day * TicksPerDay;

            // Epoch day 0 (1970-01-01) was a Thursday; weekday 0 is Monday.
            weekday = (int)(((day % 7) + 10) % 7);
            specialIndex = LowerBound(calendar.specialDays, day);
            LoadDay();
            while (!exhausted)
            {
                if (index >= hours.Length)
                {
                    if (PastStop())
                    {
                        return;
                    }

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

        /// <summary>
        /// Whether no piece can start before the stop instant once the current day is done: later
        /// days start at or after the next local midnight, and any later zone interval at or after
        /// this one's end.
        /// </summary>
        private readonly bool PastStop() => dayStart + TicksPerDay - offset >= stop && zoneEnd >= stop;

        private void NextDay()
        {
            day++;
            dayStart += TicksPerDay;
            weekday = weekday == 6 ? 0 : weekday + 1;
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
                hours = calendar.weekly[weekday];
            }

            if (day > MaxDay)
            {
                exhausted = true;
            }
        }
    }
}
