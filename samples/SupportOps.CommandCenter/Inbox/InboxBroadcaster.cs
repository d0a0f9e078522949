using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>
/// Fans inbox changes out to the live-update subscribers of this host instance. Fed by
/// <see cref="InboxAppendObserver"/> (this instance's appends, at once) and <see cref="InboxEventPoller"/>
/// (every instance's appends, by polling the events table).
/// </summary>
/// <remarks>
/// <para>A change is published once per ticket version: the poller's copy of a change the observer
/// already published is dropped. Each subscriber has a bounded buffer; when it is full the oldest
/// change is dropped (a client that falls that far behind should reload its page).</para>
/// <para>Singleton; thread-safe.</para>
/// </remarks>
/// <param name="options">The options (subscriber capacity).</param>
internal sealed class InboxBroadcaster(IOptions<InboxOptions> options)
{
    private readonly ConcurrentDictionary<Channel<InboxChange>, byte> _subscribers = new();
    private readonly ConcurrentDictionary<string, long> _published = new(StringComparer.Ordinal);

    /// <summary>Gets the number of current subscribers.</summary>
    public int SubscriberCount => _subscribers.Count;

    /// <summary>Subscribes; dispose the subscription to stop receiving.</summary>
    /// <returns>The subscription, whose reader yields every change published after this call.</returns>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<InboxChange>(new BoundedChannelOptions(options.Value.SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = false,
        });
        _subscribers.TryAdd(channel, 0);
        return new Subscription(this, channel);
    }

    /// <summary>Publishes a change unless a change of the same ticket at this or a later version was already published.</summary>
    /// <param name="change">The change.</param>
    /// <returns>True when it was published.</returns>
    public bool Publish(InboxChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            if (_published.TryGetValue(change.TicketId, out var seen))
            {
                if (seen >= change.Version)
                {
                    return false;
                }

                if (!_published.TryUpdate(change.TicketId, change.Version, seen))
                {
                    continue;
                }
            }
            else if (!_published.TryAdd(change.TicketId, change.Version))
            {
                continue;
            }

            break;
        }

        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(change);
        }

        return true;
    }

    /// <summary>Gets whether a change of the ticket at this version (or later) was already published.</summary>
    public bool WasPublished(string ticketId, long version)
        => _published.TryGetValue(ticketId, out var seen) && seen >= version;

    /// <summary>One subscriber's stream of changes.</summary>
    internal sealed class Subscription(InboxBroadcaster owner, Channel<InboxChange> channel) : IDisposable
    {
        /// <summary>Gets the changes.</summary>
        public ChannelReader<InboxChange> Reader => channel.Reader;

        /// <inheritdoc />
        public void Dispose()
        {
            owner._subscribers.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        }
    }
}
