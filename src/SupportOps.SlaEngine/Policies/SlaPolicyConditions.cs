using System.Collections.Immutable;
using SupportOps.SlaEngine.Occurrences;

namespace SupportOps.SlaEngine.Policies;

/// <summary>
/// The conditions under which a policy applies to a ticket. Each non-empty list must match: the
/// ticket's priority, tier and channel must be in their lists, and the ticket must carry at least one
/// of <see cref="Tags"/> (ordinal, ignoring case). Empty lists match every ticket.
/// </summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class SlaPolicyConditions
{
    internal SlaPolicyConditions(
        ImmutableArray<Priority> priorities,
        ImmutableArray<CustomerTier> tiers,
        ImmutableArray<Channel> channels,
        ImmutableArray<string> tags)
    {
        Priorities = priorities;
        Tiers = tiers;
        Channels = channels;
        Tags = tags;
    }

    /// <summary>Gets conditions that match every ticket.</summary>
    public static SlaPolicyConditions Any { get; } = new([], [], [], []);

    /// <summary>Gets the priorities matched; empty for any.</summary>
    public ImmutableArray<Priority> Priorities { get; }

    /// <summary>Gets the customer tiers matched; empty for any.</summary>
    public ImmutableArray<CustomerTier> Tiers { get; }

    /// <summary>Gets the channels matched; empty for any.</summary>
    public ImmutableArray<Channel> Channels { get; }

    /// <summary>Gets the tags of which the ticket must carry at least one; empty for any.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>Gets whether these conditions match every ticket.</summary>
    public bool MatchesAll => Priorities.IsEmpty && Tiers.IsEmpty && Channels.IsEmpty && Tags.IsEmpty;

    /// <summary>Returns whether a ticket with these properties meets the conditions.</summary>
    /// <param name="priority">The ticket's priority.</param>
    /// <param name="tier">The customer's tier.</param>
    /// <param name="channel">The ticket's channel.</param>
    /// <param name="tags">The ticket's tags.</param>
    /// <returns><see langword="true"/> when every non-empty condition matches.</returns>
    public bool Matches(Priority priority, CustomerTier tier, Channel channel, ImmutableArray<string> tags)
    {
        if (!Priorities.IsEmpty && Priorities.IndexOf(priority) < 0)
        {
            return false;
        }

        if (!Tiers.IsEmpty && Tiers.IndexOf(tier) < 0)
        {
            return false;
        }

        if (!Channels.IsEmpty && Channels.IndexOf(channel) < 0)
        {
            return false;
        }

        if (Tags.IsEmpty)
        {
            return true;
        }

        if (tags.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var wanted in Tags)
        {
            foreach (var tag in tags)
            {
                if (string.Equals(wanted, tag, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
