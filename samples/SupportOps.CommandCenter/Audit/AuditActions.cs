namespace SupportOps.CommandCenter.Audit;

/// <summary>The action names the command center writes to the audit log.</summary>
public static class AuditActions
{
    /// <summary>A routing override was applied to a ticket.</summary>
    public const string RoutingOverrideApplied = "routing.override_applied";

    /// <summary>A routing override was cleared.</summary>
    public const string RoutingOverrideCleared = "routing.override_cleared";

    /// <summary>A settings document (calendars, SLA policies, routing policy) was saved as a new version.</summary>
    public const string SettingsUpdated = "settings.updated";
}
