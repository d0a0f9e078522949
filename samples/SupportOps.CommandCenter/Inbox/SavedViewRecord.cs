namespace SupportOps.CommandCenter.Inbox;

/// <summary>A user's saved inbox view (the <c>SavedViews</c> table): a name, a filter and a sort.</summary>
public sealed class SavedViewRecord
{
    /// <summary>Gets or sets the id (assigned by the database).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the owner: the signed-in user's name identifier.</summary>
    public required string Owner { get; set; }

    /// <summary>Gets or sets the name, unique per owner.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the <see cref="InboxFilter"/> as JSON.</summary>
    public required string FilterJson { get; set; }

    /// <summary>Gets or sets the sort wire name.</summary>
    public required string Sort { get; set; }

    /// <summary>Gets or sets when the view was created, as Unix ticks.</summary>
    public long CreatedAtTicks { get; set; }

    /// <summary>Gets or sets when the view was last changed, as Unix ticks.</summary>
    public long UpdatedAtTicks { get; set; }
}
