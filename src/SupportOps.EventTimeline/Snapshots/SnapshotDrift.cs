namespace SupportOps.EventTimeline.Snapshots;

/// <summary>One field where a stored snapshot differs from a rebuild of its stream.</summary>
/// <param name="Field">The <see cref="TicketSnapshot"/> property name, for example <c>Status</c>.</param>
/// <param name="StoredValue">The stored value as invariant text (instants ISO-8601, tags comma-separated); null when null.</param>
/// <param name="RebuiltValue">The rebuilt value in the same form; null when null.</param>
public sealed record SnapshotDrift(string Field, string? StoredValue, string? RebuiltValue);
