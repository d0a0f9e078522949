using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using SupportOps.Adapters.Outbox;

namespace SupportOps.Adapters.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    private static readonly Instant CreatedAt = Instant.FromUtc(2026, 11, 27, 9, 0);
    private readonly FakeTimeProvider time = new(CreatedAt.ToDateTimeOffset());
    private readonly InMemoryOutbox outbox = new();
    private readonly RecordingSink slack = new(OutboxChannel.Slack);

    [Fact]
    public async Task DispatchPendingAsync_HealthySink_SendsEachMessageOnceAndMarksItSent()
    {
        await outbox.EnqueueAsync(Message("m1"));
        await outbox.EnqueueAsync(Message("m2"));
        var sut = CreateSut(new OutboxDispatcherOptions());

        var result = await sut.DispatchPendingAsync();

        Assert.Equal(new OutboxDispatchResult(2, 0, 0), result);
        Assert.Equal(["m1", "m2"], slack.Delivered);
        Assert.All(outbox.Entries, entry => Assert.Equal(OutboxMessageStatus.Sent, entry.Status));
        Assert.Equal(CreatedAt, outbox.Entries[0].SentAt);
    }

    [Fact]
    public async Task DispatchPendingAsync_CalledAgain_NeverSendsAKeyTwice()
    {
        await outbox.EnqueueAsync(Message("m1"));
        var sut = CreateSut(new OutboxDispatcherOptions());
        await sut.DispatchPendingAsync();

        Assert.False(await outbox.EnqueueAsync(Message("m1")));
        var second = await sut.DispatchPendingAsync();

        Assert.Equal(new OutboxDispatchResult(0, 0, 0), second);
        Assert.Equal(["m1"], slack.Delivered);
    }

    [Fact]
    public async Task DispatchPendingAsync_TransientFailures_RetriesWithExponentialBackoffOnTheTimeProvider()
    {
        await outbox.EnqueueAsync(Message("m1"));
        slack.FailNext("m1", 2);
        var sut = CreateSut(new OutboxDispatcherOptions { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(2), UseJitter = false });

        var dispatch = sut.DispatchPendingAsync().AsTask();
        await WaitForAttemptsAsync(1);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Yield();
        Assert.Single(slack.Attempts);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForAttemptsAsync(2);
        time.Advance(TimeSpan.FromMilliseconds(3999));
        await Task.Yield();
        Assert.Equal(2, slack.Attempts.Count);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await dispatch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new OutboxDispatchResult(1, 0, 0), result);
        Assert.Equal(["m1"], slack.Delivered);
        var entry = await outbox.FindAsync("m1");
        Assert.Equal(3, entry!.Attempts);
        Assert.Equal(CreatedAt + Duration.FromSeconds(6), entry.SentAt);
    }

    [Fact]
    public async Task DispatchPendingAsync_AttemptsExhausted_MarksFailedAndDoesNotRetryLater()
    {
        await outbox.EnqueueAsync(Message("m1"));
        slack.FailNext("m1", 100);
        var sut = CreateSut(new OutboxDispatcherOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(1), UseJitter = false });

        var dispatch = sut.DispatchPendingAsync().AsTask();
        while (!dispatch.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        Assert.Equal(new OutboxDispatchResult(0, 1, 0), await dispatch);
        var entry = await outbox.FindAsync("m1");
        Assert.Equal(OutboxMessageStatus.Failed, entry!.Status);
        Assert.Equal(3, entry.Attempts);
        Assert.Contains("rate limited", entry.LastError, StringComparison.Ordinal);
        Assert.Equal(new OutboxDispatchResult(0, 0, 0), await sut.DispatchPendingAsync());
        Assert.Equal(3, slack.Attempts.Count);
    }

    [Fact]
    public async Task DispatchPendingAsync_PermanentFailure_FailsWithoutRetrying()
    {
        await outbox.EnqueueAsync(Message("m1"));
        slack.FailPermanently = true;
        var sut = CreateSut(new OutboxDispatcherOptions { UseJitter = false });

        var result = await sut.DispatchPendingAsync();

        Assert.Equal(new OutboxDispatchResult(0, 1, 0), result);
        Assert.Single(slack.Attempts);
    }

    [Fact]
    public async Task DispatchPendingAsync_NoSinkForChannel_MarksFailedNamingTheChannel()
    {
        await outbox.EnqueueAsync(new OutboxMessage("e1", OutboxChannel.Email, "lead@example.com", "s", "b", CreatedAt));
        var sut = CreateSut(new OutboxDispatcherOptions());

        await sut.DispatchPendingAsync();

        var entry = await outbox.FindAsync("e1");
        Assert.Equal(OutboxMessageStatus.Failed, entry!.Status);
        Assert.Contains("Email", entry.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchPendingAsync_MessageClaimedElsewhere_SkipsIt()
    {
        await outbox.EnqueueAsync(Message("m1"));
        var sut = CreateSut(new OutboxDispatcherOptions());
        var pending = await outbox.GetPendingAsync(10);
        Assert.True(await outbox.TryClaimAsync("m1"));

        Assert.Single(pending);
        Assert.Equal(new OutboxDispatchResult(0, 0, 0), await sut.DispatchPendingAsync());
        Assert.Empty(slack.Attempts);
    }

    [Fact]
    public async Task DispatchPendingAsync_TwoDispatchersAtOnce_SendEachKeyExactlyOnce()
    {
        var sink = new ConcurrentSink();
        for (var i = 0; i < 200; i++)
        {
            await outbox.EnqueueAsync(Message($"m{i}"));
        }

        var options = Options.Create(new OutboxDispatcherOptions { BatchSize = 500 });
        var first = new OutboxDispatcher(outbox, [sink], options, time);
        var second = new OutboxDispatcher(outbox, [sink], options, time);

        var results = await Task.WhenAll(
            Task.Run(async () => await first.DispatchPendingAsync()),
            Task.Run(async () => await second.DispatchPendingAsync()));

        Assert.Equal(200, results.Sum(result => result.Sent));
        Assert.Equal(200, sink.Delivered.Count);
        Assert.Equal(200, sink.Delivered.Distinct().Count());
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingEachProblem()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CreateSut(new OutboxDispatcherOptions { MaxAttempts = 0, BatchSize = 0 }));

        Assert.Contains(exception.Failures, failure => failure.Contains("MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains("BatchSize", StringComparison.Ordinal));
    }

    private static OutboxMessage Message(string key) =>
        new(key, OutboxChannel.Slack, "C123", "SLA warning", "Ticket 42 breaches in 15 minutes.", CreatedAt);

    private OutboxDispatcher CreateSut(OutboxDispatcherOptions options) =>
        new(outbox, [slack], Options.Create(options), time);

    private async Task WaitForAttemptsAsync(int count)
    {
        for (var i = 0; i < 1000 && slack.Attempts.Count < count; i++)
        {
            await Task.Delay(1);
        }

        Assert.Equal(count, slack.Attempts.Count);
    }

    private sealed class ConcurrentSink : SupportOps.Adapters.Ports.INotificationSink
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Delivered { get; } = new();

        public OutboxChannel Channel => OutboxChannel.Slack;

        public ValueTask<SupportOps.Adapters.Ports.AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(SupportOps.Adapters.Ports.AdapterHealth.Healthy("concurrent"));

        public async ValueTask SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            Delivered.Enqueue(message.MessageKey);
        }
    }
}
