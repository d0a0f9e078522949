using System.Collections;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Scoring;

/// <summary>The reasons of a <see cref="RiskScore"/>, most important first: an inline list of at most five
/// values (no heap storage).</summary>
/// <remarks><para>Index it with <see cref="Count"/> and the indexer (no allocation) or enumerate it with <c>foreach</c>
/// (allocates an enumerator).</para></remarks>
public readonly struct RiskReasonList : IReadOnlyList<RiskReason>, IEquatable<RiskReasonList>
{
    private readonly ReasonBuffer _items;
    private readonly int _count;

    internal RiskReasonList(in ReasonBuffer items, int count)
    {
        _items = items;
        _count = count;
    }

    /// <summary>Gets the number of reasons (1 to 5).</summary>
    public int Count => _count;

    /// <summary>Gets the reason at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based; 0 is the most important reason.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public RiskReason this[int index]
        => (uint)index < (uint)_count
            ? (RiskReason)_items[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in 0..{_count - 1}, but was {index}.");

    /// <summary>Equality of two reason lists.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when both hold the same reasons in the same order.</returns>
    public static bool operator ==(RiskReasonList left, RiskReasonList right) => left.Equals(right);

    /// <summary>Inequality of two reason lists.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ.</returns>
    public static bool operator !=(RiskReasonList left, RiskReasonList right) => !left.Equals(right);

    /// <summary>Gets a value indicating whether <paramref name="reason"/> is in the list.</summary>
    /// <param name="reason">The reason to look for.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(RiskReason reason)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_items[i] == (byte)reason)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns an enumerator over the reasons.</summary>
    /// <returns>The enumerator. It allocates; hot paths use <see cref="Count"/> and the indexer instead.</returns>
    public IEnumerator<RiskReason> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return (RiskReason)_items[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(RiskReasonList other)
    {
        if (_count != other._count)
        {
            return false;
        }

        for (var i = 0; i < _count; i++)
        {
            if (_items[i] != other._items[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RiskReasonList other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < _count; i++)
        {
            hash.Add(_items[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the reason codes joined by commas, e.g. <c>SLA_TIME_ELAPSED, UNASSIGNED</c>.</summary>
    /// <returns>The codes.</returns>
    public override string ToString()
    {
        var codes = new string[_count];
        for (var i = 0; i < _count; i++)
        {
            codes[i] = ((RiskReason)_items[i]).ToCode();
        }

        return string.Join(", ", codes);
    }
}
