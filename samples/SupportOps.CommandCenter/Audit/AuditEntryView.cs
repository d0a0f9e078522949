namespace SupportOps.CommandCenter.Audit;

/// <summary>One audit log line as the API returns it.</summary>
/// <param name="Id">The entry id (increasing).</param>
/// <param name="At">When (ISO-8601).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What (<c>routing.override_applied</c>, <c>settings.updated</c>, ...).</param>
/// <param name="Target">To what (<c>ticket:T-000001</c>, <c>settings:routing_policy</c>).</param>
/// <param name="Before">A summary of the state before, or null.</param>
/// <param name="After">A summary of the state after, or null.</param>
public sealed record AuditEntryView(long Id, string At, string Actor, string Action, string Target, string? Before, string? After);
