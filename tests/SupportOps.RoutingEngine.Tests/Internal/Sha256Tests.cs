using System.Security.Cryptography;
using FsCheck.Xunit;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Tests.Internal;

public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Hash_KnownVectors_MatchFips180(string text, string expected)
    {
        Span<byte> digest = stackalloc byte[32];

        Sha256.Hash(System.Text.Encoding.ASCII.GetBytes(text), digest);

        Assert.Equal(expected, Convert.ToHexStringLower(digest));
    }

    [Property(MaxTest = 200)]
    public void Hash_AnyInput_Meets_Specification(byte[] data, byte[] prefixSeed)
    {
        data ??= [];
        var prefix = new byte[((prefixSeed?.Length ?? 0) % 3) * 64];
        Span<uint> state = stackalloc uint[8];
        Sha256.Initialize(state);
        Sha256.Absorb(state, prefix);
        Span<byte> digest = stackalloc byte[32];

        Sha256.Finish(state, data, prefix.Length, digest);

        Assert.Equal(SHA256.HashData([.. prefix, .. data]), digest.ToArray());
    }

    [Property(MaxTest = 200)]
    public void HmacSha256Key_AnyKeyAndMessage_Meets_Specification(byte[] key, byte[] message)
    {
        key ??= [];
        message ??= [];
        var longKey = key.Concat(key).Concat(key).Concat(key).Concat(key).ToArray();
        Span<byte> mac = stackalloc byte[32];

        new HmacSha256Key(key).Compute(message, mac);
        Assert.Equal(HMACSHA256.HashData(key, message), mac.ToArray());

        new HmacSha256Key(longKey).Compute(message, mac);
        Assert.Equal(HMACSHA256.HashData(longKey, message), mac.ToArray());
    }

    [Property(MaxTest = 200)]
    public void ExpandVectorized_AnyBlock_Meets_Specification(byte[] seed)
    {
        // Where vectors are not accelerated Compress uses the scalar schedule, which the vectors must reproduce.
        if (!Sha256.VectorizedSchedule)
        {
            return;
        }

        var block = new byte[Sha256.BlockSize];
        new Random(seed?.Length > 0 ? seed[0] * 7919 + seed.Length : 0).NextBytes(block);
        (seed ?? []).AsSpan(0, Math.Min(seed?.Length ?? 0, block.Length)).CopyTo(block);
        var scalar = new uint[64];
        var vectorized = new uint[64];

        Sha256.ExpandScalar(block, ref scalar[0]);
        Sha256.ExpandVectorized(block, ref vectorized[0]);

        Assert.Equal(scalar, vectorized);
    }
}
