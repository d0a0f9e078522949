using System.Buffers.Binary;
using System.Text;

namespace SupportOps.RoutingEngine.Internal;

/// <summary>
/// Writes the canonical, culture-invariant byte form hashed into inputs hashes: big-endian integers,
/// UTF-8 strings prefixed by their byte length, and a marker byte for absent values.
/// </summary>
internal sealed class CanonicalWriter
{
    private readonly List<byte> _bytes = new(128);

    public CanonicalWriter Byte(byte value)
    {
        _bytes.Add(value);
        return this;
    }

    public CanonicalWriter Int32(int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, value);
        foreach (var b in buffer)
        {
            _bytes.Add(b);
        }

        return this;
    }

    public CanonicalWriter Int64(long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        foreach (var b in buffer)
        {
            _bytes.Add(b);
        }

        return this;
    }

    public CanonicalWriter String(string? value)
    {
        if (value is null)
        {
            return Int32(-1);
        }

        var utf8 = Encoding.UTF8.GetBytes(value);
        Int32(utf8.Length);
        _bytes.AddRange(utf8);
        return this;
    }

    public CanonicalWriter Bytes(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            _bytes.Add(b);
        }

        return this;
    }

    public byte[] ToArray() => [.. _bytes];
}
