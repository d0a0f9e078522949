namespace SupportOps.CommandCenter.Settings;

/// <summary>The editable settings documents. Stored as snake_case wire names; addressed in URLs in kebab case.</summary>
public enum SettingsKind
{
    /// <summary>The business calendars the SLA policies name (<c>/settings/calendars</c>).</summary>
    Calendars,

    /// <summary>The SLA policy set (<c>/settings/sla-policies</c>).</summary>
    SlaPolicies,

    /// <summary>The routing policy (<c>/settings/routing-policy</c>).</summary>
    RoutingPolicy,
}
