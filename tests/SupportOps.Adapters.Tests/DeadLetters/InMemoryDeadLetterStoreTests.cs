using NodaTime;
using SupportOps.Adapters.DeadLetters;

namespace SupportOps.Adapters.Tests.DeadLetters;

public sealed class InMemoryDeadLetterStoreTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 9, 0);

    [Fact]
    public async Task AddAsync_SameSourceAndPayloadIdButDifferentBytes_KeepsBoth()
    {
        var sut = new InMemoryDeadLetterStore();

        Assert.True(await sut.AddAsync(new DeadLetter("zendesk", "p.json", "bad", new byte[] { 1 }, At)));
        Assert.True(await sut.AddAsync(new DeadLetter("zendesk", "p.json", "bad", new byte[] { 2 }, At)));
        Assert.False(await sut.AddAsync(new DeadLetter("zendesk", "p.json", "bad again", new byte[] { 2 }, At)));

        Assert.Equal(2, (await sut.ReadAllAsync()).Count);
    }

    [Fact]
    public void Fingerprint_Always_IsSha256OfThePayload()
    {
        var sut = new DeadLetter("zendesk", "p.json", "bad", "abc"u8.ToArray(), At);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sut.Fingerprint);
    }
}
