using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SupportOps.RoutingEngine.Internal;

/// <summary>
/// A small managed SHA-256 (FIPS 180-4) for the decision hot path; it lets a caller resume from a
/// saved midstate (the ticket's canonical prefix, the HMAC key pads). Measured on 2026-11-27 (CPU
/// time, 2 cores, SHA-NI): the inputs hash from the ticket midstate costs about as much as
/// <c>SHA256.HashData</c> over the whole input (about 0.5 us each), but the tie-break with the
/// precomputed pads costs about 0.55 us against 1.2 us for <c>HMACSHA256.HashData</c>, whose native call
/// and key setup dominate for a 32-byte message; so the managed code stays (docs/benchmarks.md).
/// </summary>
internal static class Sha256
{
    public const int BlockSize = 64;

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    public static void Initialize(Span<uint> state)
    {
        state[0] = 0x6a09e667;
        state[1] = 0xbb67ae85;
        state[2] = 0x3c6ef372;
        state[3] = 0xa54ff53a;
        state[4] = 0x510e527f;
        state[5] = 0x9b05688c;
        state[6] = 0x1f83d9ab;
        state[7] = 0x5be0cd19;
    }

    /// <summary>Hashes <paramref name="data"/> in one go.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        Span<uint> state = stackalloc uint[8];
        Initialize(state);
        Finish(state, data, 0, digest);
    }

    /// <summary>
    /// Absorbs <paramref name="data"/> into a state that has already absorbed <paramref name="prefixLength"/>
    /// bytes (a multiple of the block size), pads, and writes the digest.
    /// </summary>
    public static void Finish(Span<uint> state, ReadOnlySpan<byte> data, long prefixLength, Span<byte> digest)
    {
        var total = prefixLength + data.Length;
        while (data.Length >= BlockSize)
        {
            Compress(state, data[..BlockSize]);
            data = data[BlockSize..];
        }

        Span<byte> last = stackalloc byte[BlockSize * 2];
        last.Clear();
        data.CopyTo(last);
        last[data.Length] = 0x80;
        var blocks = data.Length + 9 <= BlockSize ? 1 : 2;
        BinaryPrimitives.WriteInt64BigEndian(last[((blocks * BlockSize) - 8)..], total * 8);
        Compress(state, last[..BlockSize]);
        if (blocks == 2)
        {
            Compress(state, last[BlockSize..]);
        }

        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(digest[(i * 4)..], state[i]);
        }
    }

    /// <summary>Absorbs whole blocks (the length must be a multiple of 64).</summary>
    public static void Absorb(Span<uint> state, ReadOnlySpan<byte> blocks)
    {
        for (var offset = 0; offset < blocks.Length; offset += BlockSize)
        {
            Compress(state, blocks.Slice(offset, BlockSize));
        }
    }

    /// <summary>Absorbs one 64-byte block (FIPS 180-4, 6.2.2), with the rounds unrolled eight at a time.</summary>
    /// <exception cref="ArgumentException"><paramref name="state"/> has fewer than 8 words or <paramref name="block"/> fewer than 64 bytes.</exception>
    public static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        if (state.Length < 8 || block.Length < BlockSize)
        {
            throw new ArgumentException("SHA-256 needs an 8-word state and a 64-byte block.");
        }

        unchecked
        {
            var schedule = default(Schedule);
            ref var w = ref schedule[0];
            ref var input = ref Unsafe.As<byte, uint>(ref MemoryMarshal.GetReference(block));
            for (var i = 0; i < 16; i++)
            {
                Unsafe.Add(ref w, i) = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref input, i))));
            }

            for (var i = 16; i < 64; i++)
            {
                var w15 = Unsafe.Add(ref w, i - 15);
                var w2 = Unsafe.Add(ref w, i - 2);
                var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
                var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
                Unsafe.Add(ref w, i) = Unsafe.Add(ref w, i - 16) + s0 + Unsafe.Add(ref w, i - 7) + s1;
            }

            ref var s = ref MemoryMarshal.GetReference(state);
            uint a = s, b = Unsafe.Add(ref s, 1), c = Unsafe.Add(ref s, 2), d = Unsafe.Add(ref s, 3);
            uint e = Unsafe.Add(ref s, 4), f = Unsafe.Add(ref s, 5), g = Unsafe.Add(ref s, 6), h = Unsafe.Add(ref s, 7);
            ref var k = ref MemoryMarshal.GetReference(K);
            for (var i = 0; i < 64; i += 8)
            {
                Round(a, b, c, ref d, e, f, g, ref h, Unsafe.Add(ref k, i) + Unsafe.Add(ref w, i));
                Round(h, a, b, ref c, d, e, f, ref g, Unsafe.Add(ref k, i + 1) + Unsafe.Add(ref w, i + 1));
                Round(g, h, a, ref b, c, d, e, ref f, Unsafe.Add(ref k, i + 2) + Unsafe.Add(ref w, i + 2));
                Round(f, g, h, ref a, b, c, d, ref e, Unsafe.Add(ref k, i + 3) + Unsafe.Add(ref w, i + 3));
                Round(e, f, g, ref h, a, b, c, ref d, Unsafe.Add(ref k, i + 4) + Unsafe.Add(ref w, i + 4));
                Round(d, e, f, ref g, h, a, b, ref c, Unsafe.Add(ref k, i + 5) + Unsafe.Add(ref w, i + 5));
                Round(c, d, e, ref f, g, h, a, ref b, Unsafe.Add(ref k, i + 6) + Unsafe.Add(ref w, i + 6));
                Round(b, c, d, ref e, f, g, h, ref a, Unsafe.Add(ref k, i + 7) + Unsafe.Add(ref w, i + 7));
            }

            s += a;
            Unsafe.Add(ref s, 1) += b;
            Unsafe.Add(ref s, 2) += c;
            Unsafe.Add(ref s, 3) += d;
            Unsafe.Add(ref s, 4) += e;
            Unsafe.Add(ref s, 5) += f;
            Unsafe.Add(ref s, 6) += g;
            Unsafe.Add(ref s, 7) += h;
        }
    }

    /// <summary>One round: the roles of the eight working variables rotate from call to call instead of being moved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(uint a, uint b, uint c, ref uint d, uint e, uint f, uint g, ref uint h, uint kw)
    {
        unchecked
        {
            var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + (((f ^ g) & e) ^ g) + kw;
            d += t1;
            h = t1 + (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) | (c & (a | b)));
        }
    }

    /// <summary>The 64-word message schedule, kept on the stack.</summary>
    [InlineArray(64)]
    private struct Schedule
    {
        private uint _element;
    }
}
