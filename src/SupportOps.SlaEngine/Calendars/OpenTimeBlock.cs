using System.Runtime.CompilerServices;
using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// The open time of one calendar in one fixed stretch of instants (a block of <see cref="Days"/>
/// UTC days), as sorted, disjoint pieces of instant ticks with the open ticks before each piece, so
/// that business time between two instants of the block is two lookups and a subtraction, and an add
/// is a lookup and a short search.
/// </summary>
/// <remarks>
/// <para>
/// A block is built once from <see cref="BusinessCalendar"/>'s open-time walk (so it has exactly the
/// walk's semantics: DST gaps and overlaps, holidays, overrides, intervals past midnight), touching
/// pieces merged. Lookups start from the first piece that ends after the UTC day's first tick, so
/// they cost a few comparisons whatever the block's size. Immutable once constructed.
/// </para>
/// <para>
/// The lookups run unchecked, as NodaTime does for its bounded arithmetic: every tick is inside the
/// block (1900–2200, below 2^58 in magnitude) and an amount to add is below 2^63 − 2^47 (the calendar
/// rejects longer ones), so no sum or difference can overflow.
/// </para>
/// </remarks>
internal sealed class OpenTimeBlock
{
    /// <summary>The number of UTC days a block covers.</summary>
    public const int Days = 128;

    /// <summary>The ticks a block covers.</summary>
    public const long SpanTicks = Days * NodaConstants.TicksPerDay;

    /// <summary>A block with more pieces than this per day on average is not built (the walk serves it).</summary>
    private const int MaxPiecesPerDay = 24;

    private const long TicksPerDay = NodaConstants.TicksPerDay;

    /// <summary>Stands for a block that was not built because it would be too large; never looked into.</summary>
    public static readonly OpenTimeBlock TooLarge = new(0, [], [], 0);

    private readonly long[] starts;
    private readonly long[] ends;

    // before[i]: open ticks in the block before piece i; before[Count] is the block's total.
    private readonly long[] before;

    // firstPiece[d]: index of the first piece that ends after the first tick of the block's day d
    // (d = 0 … Days, the last one for the block's end).
    private readonly int[] firstPiece;

    private OpenTimeBlock(long start, long[] starts, long[] ends, int count)
    {
        Start = start;
        End = start + SpanTicks;
        this.starts = starts;
        this.ends = ends;
        before = new long[count + 1];
        for (var i = 0; i < count; i++)
        {
            before[i + 1] = before[i] + (ends[i] - starts[i]);
        }

        firstPiece = new int[Days + 1];
        var piece = 0;
        for (var d = 0; d <= Days; d++)
        {
            var dayStart = start + (d * TicksPerDay);
            while (piece < count && ends[piece] <= dayStart)
            {
                piece++;
            }

            firstPiece[d] = piece;
        }
    }

    /// <summary>Gets the block's first tick.</summary>
    public long Start { get; }

    /// <summary>Gets the tick after the block's last.</summary>
    public long End { get; }

    /// <summary>Gets the open ticks of the whole block.</summary>
    public long Total => before[^1];

    /// <summary>
    /// Builds the block that starts at <paramref name="start"/> from the pieces of open time the walk
    /// yields, or returns <see langword="null"/> when the block would be too large to be worth it.
    /// </summary>
    /// <param name="start">The block's first tick.</param>
    /// <param name="pieces">The walk's pieces from <paramref name="start"/>, in increasing order, never overlapping.</param>
    /// <returns>The block, or <see cref="TooLarge"/>.</returns>
    public static OpenTimeBlock Build(long start, IEnumerable<(long Start, long End)> pieces)
    {
        var end = start + SpanTicks;
        var starts = new long[64];
        var ends = new long[64];
        var count = 0;
        foreach (var (pieceStart, pieceEnd) in pieces)
        {
            var from = Math.Max(pieceStart, start);
            var to = Math.Min(pieceEnd, end);
            if (from >= end)
            {
                break;
            }

            if (from >= to)
            {
                continue;
            }

            if (count > 0 && ends[count - 1] == from)
            {
                ends[count - 1] = to;
                continue;
            }

            if (count == MaxPiecesPerDay * Days)
            {
                return TooLarge;
            }

            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref ends, count * 2);
            }

            starts[count] = from;
            ends[count] = to;
            count++;
        }

        return new OpenTimeBlock(start, starts, ends, count);
    }

    /// <summary>Returns the open ticks in <c>[Start, ticks)</c>.</summary>
    /// <param name="ticks">A tick in <c>[Start, End]</c>.</param>
    /// <returns>The open ticks before <paramref name="ticks"/> in the block.</returns>
    public long OpenBefore(long ticks) => OpenBefore(ticks, out _);

    /// <summary>Returns whether <paramref name="ticks"/> is open.</summary>
    /// <param name="ticks">A tick in <c>[Start, End)</c>.</param>
    /// <returns><see langword="true"/> when an open piece holds the tick.</returns>
    public bool IsOpen(long ticks)
    {
        var i = FirstEndingAfter(ticks);
        return i < before.Length - 1 && starts[i] <= ticks;
    }

    /// <summary>
    /// Returns the earliest tick <c>t &gt;= from</c> of the block with <c>OpenBefore(t) - OpenBefore(from) == ticks</c>,
    /// or <see cref="long.MinValue"/> when the block's open time after <paramref name="from"/> is less
    /// than <paramref name="ticks"/>; <paramref name="left"/> is then what remains after the block.
    /// </summary>
    /// <param name="from">A tick in <c>[Start, End]</c>.</param>
    /// <param name="ticks">The open ticks to add; positive.</param>
    /// <param name="left">When the block is not enough, the open ticks still to find after it; else 0.</param>
    /// <returns>The due tick, or <see cref="long.MinValue"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Add(long from, long ticks, out long left)
    {
        unchecked
        {
            var target = OpenBefore(from, out var i) + ticks;
            var count = before.Length - 1;
            if (target > before[count])
            {
                left = target - before[count];
                return long.MinValue;
            }

            left = 0;

            // The piece holding the due tick is the last one with strictly less open time before it.
            var steps = 0;
            while (i + 1 < count && before[i + 1] < target)
            {
                i++;
                if (++steps == 8)
                {
                    var found = Array.BinarySearch(before, i, count - i, target);
                    i = found >= 0 ? found - 1 : ~found - 1;
                    break;
                }
            }

            return starts[i] + (target - before[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long OpenBefore(long ticks, out int index)
    {
        var i = FirstEndingAfter(ticks);
        index = i;
        return i < before.Length - 1 ? unchecked(before[i] + Math.Max(0, ticks - starts[i])) : before[i];
    }

    /// <summary>Returns the index of the first piece that ends after <paramref name="ticks"/> (the piece count when none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstEndingAfter(long ticks)
    {
        // Unsigned: ticks is in the block, and dividing an unsigned value by a constant is a few instructions shorter.
        unchecked
        {
            var i = firstPiece[(int)((ulong)(ticks - Start) / TicksPerDay)];
            var count = before.Length - 1;
            while (i < count && ends[i] <= ticks)
            {
                i++;
            }

            return i;
        }
    }
}
