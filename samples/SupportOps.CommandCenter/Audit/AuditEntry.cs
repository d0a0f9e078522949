using NodaTime;

namespace SupportOps.CommandCenter.Audit;

/// <summary>An audit line to write.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Action">What was done (<see cref="AuditActions"/>).</param>
/// <param name="Target">What it was done to.</param>
/// <param name="Before">A short summary of the state before, or null.</param>
/// <param name="After">A short summary of the state after, or null.</param>
public sealed record AuditEntry(Instant At, string Actor, string Action, string Target, string? Before, string? After);
