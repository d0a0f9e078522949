using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace SupportOps.RoutingEngine.Internal;

/// <summary>
/// A small managed SHA-256 (FIPS 180-4) for the decision hot path; it lets a caller resume from a
/// saved midstate (the ticket's canonical prefix, the HMAC key pads). Measured on 2026-11-27 (CPU
/// time, 2 cores, SHA-NI): the inputs hash from the ticket midstate cost about as much as
/// <c>SHA256.HashData</c> over the whole input (about 0.5 us each), but the tie-break with the
/// precomputed pads about 0.55 us against 1.2 us for <c>HMACSHA256.HashData</c>, whose native call
/// and key setup dominate for a 32-byte message; so the managed code stays (docs/benchmarks.md).
/// On 2026-11-28 the vectorized schedule and the reordered round additions took a block from about
/// 250 to 170 ns of CPU time.
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

    /// <summary>
    /// Absorbs one 64-byte block (FIPS 180-4, 6.2.2): the message schedule four words at a time where 128-bit
    /// vectors are accelerated (<see cref="ExpandVectorized"/>), the rounds unrolled eight at a time.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="state"/> has fewer than 8 words or <paramref name="block"/> fewer than 64 bytes.</exception>
    [SkipLocalsInit]
    public static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        if (state.Length < 8 || block.Length < BlockSize)
        {
            throw new ArgumentException("SHA-256 needs an 8-word state and a 64-byte block.");
        }

        Unsafe.SkipInit(out Schedule schedule);
        ref var w = ref schedule[0];
        if (VectorizedSchedule)
        {
            ExpandVectorized(block, ref w);
        }
        else
        {
            ExpandScalar(block, ref w);
        }

        unchecked
        {
            ref var s = ref MemoryMarshal.GetReference(state);
            uint a = s, b = Unsafe.Add(ref s, 1), c = Unsafe.Add(ref s, 2), d = Unsafe.Add(ref s, 3);
            uint e = Unsafe.Add(ref s, 4), f = Unsafe.Add(ref s, 5), g = Unsafe.Add(ref s, 6), h = Unsafe.Add(ref s, 7);
            ref var k = ref MemoryMarshal.GetReference(K);
            for (nint i = 0; i < 64; i += 8)
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

    /// <summary>Whether <see cref="Compress"/> expands the schedule with 128-bit vectors (x86 SSSE3 or Arm AdvSimd).</summary>
    internal static bool VectorizedSchedule => BitConverter.IsLittleEndian && (Ssse3.IsSupported || AdvSimd.IsSupported);

    /// <summary>The message schedule, one word at a time: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16].</summary>
    /// <param name="block">The 64-byte block (at least).</param>
    /// <param name="w">The first of 64 schedule words to fill.</param>
    internal static void ExpandScalar(ReadOnlySpan<byte> block, ref uint w)
    {
        unchecked
        {
            for (nint i = 0; i < 16; i++)
            {
                Unsafe.Add(ref w, i) = BinaryPrimitives.ReadUInt32BigEndian(block[(int)(i * 4)..]);
            }

            for (nint i = 16; i < 64; i++)
            {
                var w15 = Unsafe.Add(ref w, i - 15);
                var w2 = Unsafe.Add(ref w, i - 2);
                var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
                var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
                Unsafe.Add(ref w, i) = Unsafe.Add(ref w, i - 16) + s0 + Unsafe.Add(ref w, i - 7) + s1;
            }
        }
    }

    /// <summary>
    /// The message schedule four words at a time, the last sixteen words held in four vectors. σ1 of words
    /// t and t+1 needs words t-2 and t-1 (known) and of words t+2 and t+3 the words t and t+1 just computed,
    /// so each step applies σ1 twice. Only for <see cref="VectorizedSchedule"/>.
    /// </summary>
    /// <param name="block">The 64-byte block (at least).</param>
    /// <param name="w">The first of 64 schedule words to fill.</param>
    internal static void ExpandVectorized(ReadOnlySpan<byte> block, ref uint w)
    {
        ref var input = ref MemoryMarshal.GetReference(block);
        var x0 = BigEndianWords(Vector128.LoadUnsafe(ref input, 0));
        var x1 = BigEndianWords(Vector128.LoadUnsafe(ref input, 16));
        var x2 = BigEndianWords(Vector128.LoadUnsafe(ref input, 32));
        var x3 = BigEndianWords(Vector128.LoadUnsafe(ref input, 48));
        x0.StoreUnsafe(ref w, 0);
        x1.StoreUnsafe(ref w, 4);
        x2.StoreUnsafe(ref w, 8);
        x3.StoreUnsafe(ref w, 12);
        for (nuint t = 16; t < 64; t = unchecked(t + 4))
        {
            // x0..x3 hold W[t-16..t-1]; lanes of "partial" are W[t-16+j] + σ0(W[t-15+j]) + W[t-7+j].
            var partial = x0 + SmallSigma0(ShiftInOne(x0, x1)) + ShiftInOne(x2, x3);
            var low = partial + SmallSigma1(ShiftInTwo(x3, x3));
            var next = partial + SmallSigma1(ShiftInTwo(x3, low));
            next.StoreUnsafe(ref w, t);
            (x0, x1, x2, x3) = (x1, x2, x3, next);
        }
    }

    /// <summary>σ0 of four words: ROTR 7 ^ ROTR 18 ^ SHR 3.</summary>
    private static Vector128<uint> SmallSigma0(Vector128<uint> x) => RotateRight(x, 7) ^ RotateRight(x, 18) ^ Vector128.ShiftRightLogical(x, 3);

    /// <summary>σ1 of four words: ROTR 17 ^ ROTR 19 ^ SHR 10.</summary>
    private static Vector128<uint> SmallSigma1(Vector128<uint> x) => RotateRight(x, 17) ^ RotateRight(x, 19) ^ Vector128.ShiftRightLogical(x, 10);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> RotateRight(Vector128<uint> x, [ConstantExpected(Min = 1, Max = 31)] byte count) =>
        Avx512F.VL.IsSupported
            ? Avx512F.VL.RotateRight(x, count)
            : Vector128.ShiftRightLogical(x, count) | Vector128.ShiftLeft(x, 32 - count);

    /// <summary>Lanes 1-3 of <paramref name="low"/> then lane 0 of <paramref name="high"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> ShiftInOne(Vector128<uint> low, Vector128<uint> high) =>
        Ssse3.IsSupported ? Ssse3.AlignRight(high.AsByte(), low.AsByte(), 4).AsUInt32() : AdvSimd.ExtractVector128(low, high, 1);

    /// <summary>Lanes 2-3 of <paramref name="low"/> then lanes 0-1 of <paramref name="high"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> ShiftInTwo(Vector128<uint> low, Vector128<uint> high) =>
        Ssse3.IsSupported ? Ssse3.AlignRight(high.AsByte(), low.AsByte(), 8).AsUInt32() : AdvSimd.ExtractVector128(low, high, 2);

    /// <summary>Reads four big-endian words from 16 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> BigEndianWords(Vector128<byte> bytes) =>
        Vector128.Shuffle(bytes, Vector128.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12)).AsUInt32();

    /// <summary>One round: the roles of the eight working variables rotate from call to call instead of being moved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(uint a, uint b, uint c, ref uint d, uint e, uint f, uint g, ref uint h, uint kw)
    {
        unchecked
        {
            // Added in the order their inputs become ready: h and kw are known rounds ahead, Σ1(e) and Σ0(a) + Maj
            // last, which keeps the chains from one round's e and a to the next round's short.
            var t1 = h + kw + (((f ^ g) & e) ^ g) + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25));
            d += t1;
            h = t1 + ((BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) | (c & (a | b))));
        }
    }

    /// <summary>The 64-word message schedule, kept on the stack.</summary>
    [InlineArray(64)]
    private struct Schedule
    {
        private uint _element;
    }
}
