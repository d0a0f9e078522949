namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>The cached state of one ticket for the inbox: a row of the <c>TicketSnapshots</c> table.</summary>
/// <remarks>
/// <para>Recomputed from the ticket's events (timeline reducer, SLA evaluation, risk score) in the same
/// transaction as each append, so it is never ahead of or behind the events it was built from.
/// Instants are Unix ticks; enums are stored as their snake_case wire names.</para>
/// </remarks>
public sealed class TicketSnapshotRecord
{
    /// <summary>A <see cref="DueSortKey"/> for tickets without a running SLA timer: they sort last.</summary>
    public const long NoDue = long.MaxValue;

    /// <summary>A <see cref="WaitingSinceTicks"/> for tickets the customer is not waiting on: they sort last.</summary>
    public const long NotWaiting = long.MaxValue;

    /// <summary>Gets or sets the ticket id (primary key).</summary>
    public required string TicketId { get; set; }

    /// <summary>Gets or sets the stream version the snapshot reflects.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the subject.</summary>
    public string? Subject { get; set; }

    /// <summary>Gets or sets the status wire name.</summary>
    public required string Status { get; set; }

    /// <summary>Gets or sets the priority wire name (<c>p0</c> … <c>p3</c>).</summary>
    public required string Priority { get; set; }

    /// <summary>Gets or sets the channel wire name, when known.</summary>
    public string? Channel { get; set; }

    /// <summary>Gets or sets the customer tier wire name.</summary>
    public required string Tier { get; set; }

    /// <summary>Gets or sets the assignee id.</summary>
    public string? Assignee { get; set; }

    /// <summary>Gets or sets the queue.</summary>
    public string? Queue { get; set; }

    /// <summary>Gets or sets the creation instant as Unix ticks (0 before <c>ticket_created</c>).</summary>
    public long CreatedAtTicks { get; set; }

    /// <summary>Gets or sets the last event's occurred-at as Unix ticks.</summary>
    public long UpdatedAtTicks { get; set; }

    /// <summary>Gets or sets the due instant of the soonest running SLA timer as Unix ticks, or <see cref="NoDue"/>.</summary>
    public long DueSortKey { get; set; }

    /// <summary>Gets or sets the kind of the soonest running SLA timer (wire name).</summary>
    public string? SlaTimerKind { get; set; }

    /// <summary>Gets or sets a value indicating whether a running SLA timer is breached.</summary>
    public bool IsBreached { get; set; }

    /// <summary>Gets or sets a value indicating whether any SLA timer was ever breached.</summary>
    public bool EverBreached { get; set; }

    /// <summary>Gets or sets the risk score, 0 to 100.</summary>
    public double RiskScore { get; set; }

    /// <summary>Gets or sets the risk band (<c>ok</c>, <c>at_risk</c>, <c>critical</c>).</summary>
    public required string RiskBand { get; set; }

    /// <summary>Gets or sets the top risk reason codes, comma-separated, largest contribution first.</summary>
    public required string RiskReasons { get; set; }

    /// <summary>Gets or sets the instant the SLA and risk were evaluated at, as Unix ticks.</summary>
    public long EvaluatedAtTicks { get; set; }

    /// <summary>Gets or sets the requester (customer) id from <c>ticket_created</c>.</summary>
    public string? RequesterId { get; set; }

    /// <summary>
    /// Gets or sets since when the customer has been waiting on us, as Unix ticks, or <see cref="NotWaiting"/>:
    /// the first customer message (or the creation) after the last public agent reply, while the status
    /// is <c>new</c>, <c>open</c> or <c>on_hold</c>.
    /// </summary>
    public long WaitingSinceTicks { get; set; }

    /// <summary>Gets or sets the text inbox search matches: ticket id, subject and requester id, lower-cased (invariant), separated by newlines.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets what a time-only refresh needs of the SLA evaluation (the running cycles, earlier breaches and the
    /// risk inputs), as compact JSON (<c>Domain/SnapshotSlaState</c>); null for rows written before it existed, which
    /// a refresh re-evaluates from their events.
    /// </summary>
    public string? SlaState { get; set; }

    /// <summary>Returns a shallow copy of the row (every column is a value or an immutable string).</summary>
    /// <returns>The copy, not tracked.</returns>
    public TicketSnapshotRecord Clone() => (TicketSnapshotRecord)MemberwiseClone();
}
