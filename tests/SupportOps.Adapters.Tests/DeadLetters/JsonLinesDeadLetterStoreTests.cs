using System.Text;
using NodaTime;
using SupportOps.Adapters.DeadLetters;

namespace SupportOps.Adapters.Tests.DeadLetters;

public sealed class JsonLinesDeadLetterStoreTests : IDisposable
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 9, 0);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"deadletters-{Environment.ProcessId}-{Guid.CreateVersion7():N}.jsonl");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task AddAsync_ThenReopen_ReadsTheSameDeadLetters()
    {
        var text = new DeadLetter("zendesk", "page-1.json", "truncated JSON", Encoding.UTF8.GetBytes("{\"tickets\": ["), At);
        var binary = new DeadLetter("email", "broken.eml", "invalid UTF-8", new byte[] { 0xC3, 0x28, 0xFF }, At);
        var sut = new JsonLinesDeadLetterStore(path);
        await sut.AddAsync(text);
        await sut.AddAsync(binary);

        var reopened = await new JsonLinesDeadLetterStore(path).ReadAllAsync();

        Assert.Equal([text, binary], reopened);
        Assert.Equal(new byte[] { 0xC3, 0x28, 0xFF }, reopened[1].RawPayload.ToArray());
        Assert.Equal("{\"tickets\": [", Encoding.UTF8.GetString(reopened[0].RawPayload.Span));
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task AddAsync_SamePayloadTwice_StoresItOnce()
    {
        var deadLetter = new DeadLetter("slack", "event-1.json", "unknown event kind 'reaction_added'", Encoding.UTF8.GetBytes("{}"), At);
        await new JsonLinesDeadLetterStore(path).AddAsync(deadLetter);

        var added = await new JsonLinesDeadLetterStore(path).AddAsync(deadLetter with { });

        Assert.False(added);
        Assert.Single(File.ReadAllLines(path));
    }

    [Fact]
    public async Task ReadAllAsync_TornLastLine_SkipsItAndKeepsAppending()
    {
        var first = new DeadLetter("zendesk", "a.json", "missing id", Encoding.UTF8.GetBytes("{}"), At);
        await new JsonLinesDeadLetterStore(path).AddAsync(first);
        await File.AppendAllTextAsync(path, "{\"source\":\"zen");
        var sut = new JsonLinesDeadLetterStore(path);

        var second = new DeadLetter("zendesk", "b.json", "missing id", Encoding.UTF8.GetBytes("{ }"), At);
        await sut.AddAsync(second);

        Assert.Equal([first, second], await new JsonLinesDeadLetterStore(path).ReadAllAsync());
    }
}
