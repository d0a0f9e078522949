using System.Text;
using SupportOps.Adapters.Ingest;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Tests.Ingest;

public sealed partial class IngestPipelineTests
{
    [Fact]
    public async Task RunAsync_BadLinesAndThrowingNormalizer_DeadLettersThemAndKeepsTheRest()
    {
        string[][] pages =
        [
            ["1,c,created,Printer,0\nnot a change\n1,m1,msg,hello,1\n1,x,teleport,somewhere,2", "!explode", "2,c,created,Other,3"],
        ];

        var result = await CreateSut().RunAsync(new ScriptedSource(pages), new LineNormalizer());

        Assert.True(result.Completed);
        Assert.Equal(3, result.EventsAppended);
        Assert.Equal(3, result.DeadLettered);
        var letters = await deadLetters.ReadAllAsync();
        Assert.Equal(["page-0-0#line[1]", "page-0-0#line[3]", "page-0-1"], letters.Select(letter => letter.PayloadId));
        Assert.Contains("unknown kind 'teleport'", letters[1].Reason, StringComparison.Ordinal);
        Assert.Contains("normalizer failed", letters[2].Reason, StringComparison.Ordinal);
        Assert.Equal("!explode", Encoding.UTF8.GetString(letters[2].RawPayload.Span));
        Assert.All(letters, letter => Assert.Equal("api", letter.Source));
    }

    [Fact]
    public async Task RunAsync_PayloadOverTheLimit_IsDeadLetteredWithItsSize()
    {
        var huge = "1,c,created," + new string('x', 10 * 1024 * 1024) + ",0";
        string[][] pages = [[huge, "2,c,created,Small,1"]];

        var result = await CreateSut().RunAsync(new ScriptedSource(pages), new LineNormalizer());

        Assert.Equal(1, result.EventsAppended);
        var letter = Assert.Single(await deadLetters.ReadAllAsync());
        Assert.Contains("the limit is 8388608 bytes", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(huge), letter.RawPayload.Length);
    }

    [Fact]
    public async Task RunAsync_RedeliveredBadPayload_IsDeadLetteredOnce()
    {
        string[][] pages = [["bad line"]];

        await CreateSut().RunAsync(new ScriptedSource(pages, plan: [0, 0]), new LineNormalizer());

        Assert.Single(await deadLetters.ReadAllAsync());
    }

    [Fact]
    public async Task RunAsync_NormalizerForAnotherSource_Throws()
    {
        var source = new ScriptedSource(CleanPages);

        await Assert.ThrowsAsync<ArgumentException>(async () => await CreateSut().RunAsync(source, new OtherNormalizer()));
    }

    private sealed class OtherNormalizer : ITicketNormalizer
    {
        public EventSource Source => EventSource.Zendesk;

        public NormalizationResult Normalize(SupportOps.Adapters.Ports.SourcePayload payload) => NormalizationResult.Empty;
    }
}
