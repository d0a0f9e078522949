using System.Collections.Immutable;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Events;

/// <summary>Tags were added to or removed from the ticket (<c>tags_changed</c>, schema version 1).</summary>
/// <remarks><para>Removals are applied after additions, so a tag in both lists ends up removed.</para></remarks>
public sealed record TagsChanged : TicketEvent
{
    private readonly ImmutableArray<string> _added = [];
    private readonly ImmutableArray<string> _removed = [];

    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public TagsChanged()
        : base(TicketEventKind.TagsChanged)
    {
    }

    /// <summary>Gets the tags that were added. The default is empty.</summary>
    public ImmutableArray<string> Added { get => _added; init => _added = Sequences.OrEmpty(value); }

    /// <summary>Gets the tags that were removed. The default is empty.</summary>
    public ImmutableArray<string> Removed { get => _removed; init => _removed = Sequences.OrEmpty(value); }

    /// <inheritdoc />
    public bool Equals(TagsChanged? other)
        => other is not null && Sequences.Equal(Added, other.Added) && Sequences.Equal(Removed, other.Removed);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Added), Sequences.Hash(Removed));
}
