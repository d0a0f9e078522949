using System.Runtime.CompilerServices;
using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <content>The calendar's open time as a lazily built table of blocks, for lookups without a walk.</content>
public sealed partial class BusinessCalendar
{
    // Blocks of OpenTimeBlock.Days UTC days from 1900-01-01 to about 2200; instants outside use the walk.
    private const int BlockCount = 856;

    internal static readonly long TableStart = Instant.FromUtc(1900, 1, 1, 0, 0).ToUnixTimeTicks();

    // Built on first use, block by block. Each slot is written once with a complete, immutable block
    // (a racing second build yields an identical block and is dropped), so readers need no lock.
    private OpenTimeBlock?[]? blocks;

    // The block found last. Only a hint that every reader checks; blocks are immutable and published
    // complete, so the unsynchronized reads and writes of this field keep the calendar thread-safe.
    private OpenTimeBlock? lastBlock;

    /// <summary>Returns the table block holding <paramref name="ticks"/>, building it on first use, or <see langword="null"/> outside the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private OpenTimeBlock? BlockAt(long ticks)
    {
        var block = lastBlock;
        return block is not null && ticks >= block.Start && ticks < block.End ? block : FindBlock(ticks);
    }

    private OpenTimeBlock? FindBlock(long ticks)
    {
        var fromStart = ticks - TableStart;
        if (fromStart < 0 || fromStart >= BlockCount * OpenTimeBlock.SpanTicks)
        {
            return null;
        }

        var index = (int)(fromStart / OpenTimeBlock.SpanTicks);
        var table = Volatile.Read(ref blocks);
        if (table is null)
        {
            Interlocked.CompareExchange(ref blocks, new OpenTimeBlock?[BlockCount], null);
            table = blocks;
        }

        var block = Volatile.Read(ref table[index]);
        if (block is null)
        {
            var start = TableStart + (index * OpenTimeBlock.SpanTicks);
            block = OpenTimeBlock.Build(start, Pieces(start, start + OpenTimeBlock.SpanTicks));
            block = Interlocked.CompareExchange(ref table[index], block, null) ?? block;
        }

        if (ReferenceEquals(block, OpenTimeBlock.TooLarge))
        {
            return null;
        }

        lastBlock = block;
        return block;
    }

    /// <summary>Yields the walk's pieces of open time from <paramref name="ticks"/> until none starts before <paramref name="stop"/>.</summary>
    private IEnumerable<(long Start, long End)> Pieces(long ticks, long stop)
    {
        var cursor = new OpenTimeCursor(this, ticks, stop);
        while (cursor.MoveNext(out var start, out var end))
        {
            yield return (start, end);
        }
    }

    /// <summary>The table's answer for <see cref="BetweenTicks"/> (<c>start &lt; end</c>): whether it had one, and the open ticks.</summary>
    private bool TryBetweenFromTable(long start, long end, out long open)
    {
        if (BlockAt(start) is { } block)
        {
            if (end <= block.End)
            {
                open = block.OpenBefore(end) - block.OpenBefore(start);
                return true;
            }

            if (end - block.End < OpenTimeBlock.SpanTicks && BlockAt(block.End) is { } next)
            {
                open = block.Total - block.OpenBefore(start) + next.OpenBefore(end);
                return true;
            }
        }

        open = 0;
        return false;
    }

    /// <summary>The table's answer for <see cref="AddTicks"/> (<c>ticks &gt; 0</c>): whether it had one, and the due tick.</summary>
    private bool TryAddFromTable(long start, long ticks, out long due)
    {
        if (BlockAt(start) is { } block)
        {
            due = block.Add(start, ticks, out var left);
            if (due != long.MinValue)
            {
                return true;
            }

            if (BlockAt(block.End) is { } next && left <= next.Total)
            {
                due = next.Add(next.Start, left, out _);
                return true;
            }
        }

        due = 0;
        return false;
    }

    /// <summary>The table's answer for <see cref="IsOpenAt"/>: whether it had one, and whether the tick is open.</summary>
    private bool TryIsOpenFromTable(long ticks, out bool open)
    {
        if (BlockAt(ticks) is { } block)
        {
            open = block.IsOpen(ticks);
            return true;
        }

        open = false;
        return false;
    }
}
