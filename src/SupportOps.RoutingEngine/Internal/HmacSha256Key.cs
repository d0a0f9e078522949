namespace SupportOps.RoutingEngine.Internal;

/// <summary>An HMAC-SHA256 key (RFC 2104) with its inner and outer pad blocks absorbed once.</summary>
internal sealed class HmacSha256Key
{
    private readonly uint[] _inner = new uint[8];
    private readonly uint[] _outer = new uint[8];

    public HmacSha256Key(ReadOnlySpan<byte> key)
    {
        Span<byte> block = stackalloc byte[Sha256.BlockSize];
        block.Clear();
        if (key.Length > Sha256.BlockSize)
        {
            Sha256.Hash(key, block);
        }
        else
        {
            key.CopyTo(block);
        }

        Span<byte> pad = stackalloc byte[Sha256.BlockSize];
        for (var i = 0; i < pad.Length; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x36);
        }

        Sha256.Initialize(_inner);
        Sha256.Compress(_inner, pad);
        for (var i = 0; i < pad.Length; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x5c);
        }

        Sha256.Initialize(_outer);
        Sha256.Compress(_outer, pad);
    }

    public void Compute(ReadOnlySpan<byte> message, Span<byte> mac)
    {
        Span<uint> state = stackalloc uint[8];
        _inner.CopyTo(state);
        Span<byte> innerDigest = stackalloc byte[32];
        Sha256.Finish(state, message, Sha256.BlockSize, innerDigest);
        _outer.CopyTo(state);
        Sha256.Finish(state, innerDigest, Sha256.BlockSize, mac);
    }
}
