namespace SupportOps.RoutingEngine.Overrides;

/// <summary>Emitted when a manual override is applied; the host maps it onto its timeline.</summary>
/// <param name="Override">The override.</param>
public sealed record RoutingOverrideApplied(RoutingOverride Override)
{
    /// <summary>The stable, versioned wire name of this event.</summary>
    public const string EventType = "routing.override_applied.v1";
}
