namespace SupportOps.CommandCenter.Audit;

/// <summary>One audit line: a row of the <c>AuditEntries</c> table (append-only).</summary>
public sealed class AuditEntryRecord
{
    /// <summary>Gets or sets the surrogate key; increases with insertion order and is the keyset paging key.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets when it happened, as Unix ticks.</summary>
    public long AtTicks { get; set; }

    /// <summary>Gets or sets who did it (user name, or <c>router</c> / a system id).</summary>
    public required string Actor { get; set; }

    /// <summary>Gets or sets what was done, a dotted action name (<see cref="AuditActions"/>).</summary>
    public required string Action { get; set; }

    /// <summary>Gets or sets what it was done to (<c>ticket:T-000001</c>, <c>settings:routing_policy</c>).</summary>
    public required string Target { get; set; }

    /// <summary>Gets or sets a short summary of the state before, or null.</summary>
    public string? Before { get; set; }

    /// <summary>Gets or sets a short summary of the state after, or null.</summary>
    public string? After { get; set; }
}
