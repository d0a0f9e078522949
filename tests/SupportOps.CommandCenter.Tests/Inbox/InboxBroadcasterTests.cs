using Microsoft.Extensions.Options;
using SupportOps.CommandCenter.Inbox;

namespace SupportOps.CommandCenter.Tests.Inbox;

public sealed class InboxBroadcasterTests
{
    [Fact]
    public void Publish_SameTicketVersionTwice_DeliversItOnce()
    {
        var sut = new InboxBroadcaster(Options.Create(new InboxOptions()));
        using var subscription = sut.Subscribe();

        Assert.True(sut.Publish(new InboxChange("T-1", 3, null)));
        Assert.False(sut.Publish(new InboxChange("T-1", 3, null)));
        Assert.False(sut.Publish(new InboxChange("T-1", 2, null)));
        Assert.True(sut.Publish(new InboxChange("T-1", 4, null)));

        Assert.Equal([3L, 4L], Drain(subscription).Select(c => c.Version));
        Assert.True(sut.WasPublished("T-1", 4));
        Assert.False(sut.WasPublished("T-2", 1));
    }

    [Fact]
    public void Publish_EverySubscriber_GetsTheChangeAndADisposedOneDoesNot()
    {
        var sut = new InboxBroadcaster(Options.Create(new InboxOptions()));
        using var first = sut.Subscribe();
        var second = sut.Subscribe();
        second.Dispose();

        sut.Publish(new InboxChange("T-1", 1, null));

        Assert.Single(Drain(first));
        Assert.Empty(Drain(second));
        Assert.Equal(1, sut.SubscriberCount);
    }

    [Fact]
    public void Publish_SlowSubscriberAtCapacity_DropsTheOldestChanges()
    {
        var sut = new InboxBroadcaster(Options.Create(new InboxOptions { SubscriberCapacity = 2 }));
        using var subscription = sut.Subscribe();

        foreach (var id in new[] { "A", "B", "C" })
        {
            sut.Publish(new InboxChange(id, 1, null));
        }

        Assert.Equal(["B", "C"], Drain(subscription).Select(c => c.TicketId));
    }

    private static List<InboxChange> Drain(InboxBroadcaster.Subscription subscription)
    {
        var changes = new List<InboxChange>();
        while (subscription.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }
}
