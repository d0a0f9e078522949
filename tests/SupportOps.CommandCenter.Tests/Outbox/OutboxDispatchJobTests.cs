using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.Adapters.Outbox;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Tests.Background;

namespace SupportOps.CommandCenter.Tests.Outbox;

public sealed class OutboxDispatchJobTests
{
    [Fact]
    public async Task DispatchAsync_PendingMessages_SendsEachOnceAndMarksThemSent()
    {
        var slack = new FakeNotificationSink(OutboxChannel.Slack);
        var email = new FakeNotificationSink(OutboxChannel.Email);
        using var factory = new WorkerFactory(sinks: [slack, email]);
        await EnqueueAsync(factory, Message("a", OutboxChannel.Slack), Message("b", OutboxChannel.Email));

        var first = await DispatchAsync(factory);
        var second = await DispatchAsync(factory);

        Assert.Equal(new OutboxDispatchSummary(2, 2, 0, 0), first);
        Assert.Equal(new OutboxDispatchSummary(0, 0, 0, 0), second);
        Assert.Equal(["a"], slack.Delivered.Select(m => m.MessageKey));
        Assert.Equal(["b"], email.Delivered.Select(m => m.MessageKey));
        var rows = await RowsAsync(factory);
        Assert.All(rows, r => Assert.Equal((OutboxStatus.Sent, 1, CommandCenterFactory.Now.ToUnixTimeTicks(), (string?)null), (r.Status, r.Attempts, r.SentAtTicks!.Value, r.ClaimToken)));
    }

    [Fact]
    public async Task DispatchAsync_TransientFailure_ReschedulesWithExponentialBackoffThenSends()
    {
        var slack = new FakeNotificationSink(OutboxChannel.Slack, transientFailures: 2);
        using var factory = new WorkerFactory(sinks: [slack]);
        await EnqueueAsync(factory, Message("a", OutboxChannel.Slack));

        Assert.Equal(new OutboxDispatchSummary(1, 0, 1, 0), await DispatchAsync(factory));
        var row = Assert.Single(await RowsAsync(factory));
        Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.Equal((CommandCenterFactory.Now + Duration.FromSeconds(30)).ToUnixTimeTicks(), row.NotBeforeTicks);
        Assert.Contains("service unavailable", row.LastError, StringComparison.Ordinal);

        // Not due yet: nothing is claimed.
        factory.Clock.Advance(Duration.FromSeconds(29));
        Assert.Equal(0, (await DispatchAsync(factory)).Claimed);

        factory.Clock.Advance(Duration.FromSeconds(1));
        Assert.Equal(new OutboxDispatchSummary(1, 0, 1, 0), await DispatchAsync(factory));
        row = Assert.Single(await RowsAsync(factory));
        Assert.Equal(factory.Clock.GetCurrentInstant().Plus(Duration.FromSeconds(60)).ToUnixTimeTicks(), row.NotBeforeTicks);

        factory.Clock.Advance(Duration.FromSeconds(60));
        Assert.Equal(new OutboxDispatchSummary(1, 1, 0, 0), await DispatchAsync(factory));
        row = Assert.Single(await RowsAsync(factory));
        Assert.Equal((OutboxStatus.Sent, 3, (string?)null), (row.Status, row.Attempts, row.LastError));
        Assert.Single(slack.Delivered);
    }

    [Fact]
    public async Task DispatchAsync_FailsOnEveryAttempt_IsDeadAfterMaxAttemptsAndNeverRetried()
    {
        var slack = new FakeNotificationSink(OutboxChannel.Slack, transientFailures: int.MaxValue);
        using var factory = new WorkerFactory(sinks: [slack], settings: new Dictionary<string, string?> { ["CommandCenter:Outbox:MaxAttempts"] = "3" });
        await EnqueueAsync(factory, Message("a", OutboxChannel.Slack));

        for (var i = 0; i < 3; i++)
        {
            await DispatchAsync(factory);
            factory.Clock.Advance(Duration.FromHours(1));
        }

        var row = Assert.Single(await RowsAsync(factory));
        Assert.Equal((OutboxStatus.Dead, 3), (row.Status, row.Attempts));
        Assert.StartsWith("gave up after 3 attempts", row.LastError, StringComparison.Ordinal);
        factory.Clock.Advance(Duration.FromDays(1));
        Assert.Equal(0, (await DispatchAsync(factory)).Claimed);
        Assert.Equal(3, slack.Calls);
    }

    [Fact]
    public async Task DispatchAsync_PermanentFailure_IsDeadAtOnce()
    {
        var email = new FakeNotificationSink(OutboxChannel.Email, permanent: true);
        using var factory = new WorkerFactory(sinks: [email]);
        await EnqueueAsync(factory, Message("a", OutboxChannel.Email));

        Assert.Equal(new OutboxDispatchSummary(1, 0, 0, 1), await DispatchAsync(factory));

        var row = Assert.Single(await RowsAsync(factory));
        Assert.Equal((OutboxStatus.Dead, 1), (row.Status, row.Attempts));
        Assert.StartsWith("permanent failure: recipient does not exist", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_SinkThrowsAnUnexpectedException_CountsAsAFailedAttempt()
    {
        using var factory = new WorkerFactory(sinks: [new FakeNotificationSink(OutboxChannel.Slack, buggy: true)]);
        await EnqueueAsync(factory, Message("a", OutboxChannel.Slack), Message("b", OutboxChannel.Slack));

        Assert.Equal(new OutboxDispatchSummary(2, 0, 2, 0), await DispatchAsync(factory));

        Assert.All(await RowsAsync(factory), r => Assert.Equal((OutboxStatus.Pending, 1, "InvalidOperationException: the sink has a bug"), (r.Status, r.Attempts, r.LastError)));
    }

    [Fact]
    public async Task DispatchAsync_NoSinkForTheChannel_IsDead()
    {
        using var factory = new WorkerFactory(sinks: [new FakeNotificationSink(OutboxChannel.Slack)]);
        await EnqueueAsync(factory, Message("a", OutboxChannel.Email));

        await DispatchAsync(factory);

        var row = Assert.Single(await RowsAsync(factory));
        Assert.Equal(OutboxStatus.Dead, row.Status);
        Assert.Contains("No notification sink", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_ClaimOfACrashedInstanceExpired_IsTakenOverAndSent()
    {
        var slack = new FakeNotificationSink(OutboxChannel.Slack);
        using var factory = new WorkerFactory(sinks: [slack]);
        await EnqueueAsync(factory, Message("a", OutboxChannel.Slack));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            await db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Dispatching)
                .SetProperty(m => m.ClaimToken, "dead-instance#1")
                .SetProperty(m => m.ClaimExpiresAtTicks, (CommandCenterFactory.Now + Duration.FromMinutes(5)).ToUnixTimeTicks()));
        }

        Assert.Equal(0, (await DispatchAsync(factory)).Claimed);
        factory.Clock.Advance(Duration.FromMinutes(5));

        Assert.Equal(1, (await DispatchAsync(factory)).Sent);
        Assert.Single(slack.Delivered);
    }

    [Fact]
    public async Task DispatchAsync_MessageWaitingForBusinessHours_IsSentOnlyFromItsNotBeforeInstant()
    {
        var slack = new FakeNotificationSink(OutboxChannel.Slack);
        using var factory = new WorkerFactory(sinks: [slack]);
        var opening = CommandCenterFactory.Now + Duration.FromHours(18);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxStore>().EnqueueAsync([(Message("a", OutboxChannel.Slack), OutboxKinds.SlaWarning, opening)]);
        }

        factory.Clock.Advance(Duration.FromHours(17));
        Assert.Equal(0, (await DispatchAsync(factory)).Claimed);

        factory.Clock.Advance(Duration.FromHours(1));
        Assert.Equal(1, (await DispatchAsync(factory)).Sent);
    }

    internal static OutboxMessage Message(string key, OutboxChannel channel)
        => new(key, channel, channel == OutboxChannel.Slack ? "#ops" : "ops@example.com", $"subject {key}", $"body {key}", CommandCenterFactory.Now);

    internal static async Task EnqueueAsync(CommandCenterFactory factory, params OutboxMessage[] messages)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var now = factory.Clock.GetCurrentInstant();
        await scope.ServiceProvider.GetRequiredService<OutboxStore>().EnqueueAsync([.. messages.Select(m => (m, OutboxKinds.SlaBreach, now))]);
    }

    internal static async Task<OutboxDispatchSummary> DispatchAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatchJob>().DispatchAsync();
    }

    internal static async Task<List<OutboxMessageRecord>> RowsAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }
}
