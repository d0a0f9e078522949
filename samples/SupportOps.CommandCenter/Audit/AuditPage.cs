namespace SupportOps.CommandCenter.Audit;

/// <summary>A page of the audit log, newest first.</summary>
/// <param name="Items">The entries.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next (older) page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, string? NextCursor);
