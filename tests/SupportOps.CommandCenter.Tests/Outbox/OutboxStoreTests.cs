using Microsoft.Extensions.DependencyInjection;
using SupportOps.Adapters.Outbox;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Tests.Background;

namespace SupportOps.CommandCenter.Tests.Outbox;

public sealed class OutboxStoreTests
{
    [Fact]
    public async Task EnqueueAsync_SameKeyTwiceAndWithinOneBatch_StoresItOnce()
    {
        using var factory = new WorkerFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var now = CommandCenterFactory.Now;
        var a = OutboxDispatchJobTests.Message("a", OutboxChannel.Slack);

        var first = await sut.EnqueueAsync([(a, OutboxKinds.SlaWarning, now), (a, OutboxKinds.SlaWarning, now), (OutboxDispatchJobTests.Message("b", OutboxChannel.Email), OutboxKinds.SlaBreach, now)]);
        var second = await sut.EnqueueAsync([(a, OutboxKinds.SlaWarning, now)]);

        Assert.Equal((2, 0), (first, second));
        var rows = await OutboxDispatchJobTests.RowsAsync(factory);
        Assert.Equal(["a", "b"], rows.Select(r => r.MessageKey));
        Assert.Equal(["slack", "email"], rows.Select(r => r.Channel));
    }

    [Fact]
    public void ToMessage_UnknownChannel_ThrowsNamingTheKey()
    {
        var record = new OutboxMessageRecord { MessageKey = "k", Kind = "x", Channel = "pager", Recipient = "r", Subject = "s", Body = "b", Status = OutboxStatus.Pending };

        var exception = Assert.Throws<FormatException>(() => OutboxStore.ToMessage(record));

        Assert.Contains("k", exception.Message, StringComparison.Ordinal);
        Assert.Contains("pager", exception.Message, StringComparison.Ordinal);
    }
}
