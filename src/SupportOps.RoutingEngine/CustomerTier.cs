namespace SupportOps.RoutingEngine;

/// <summary>The customer's plan tier, from the shared vocabulary.</summary>
public enum CustomerTier
{
    /// <summary>Free plan (wire value free).</summary>
    Free = 0,

    /// <summary>Standard plan (wire value standard).</summary>
    Standard = 1,

    /// <summary>Premium plan (wire value premium).</summary>
    Premium = 2,

    /// <summary>Enterprise plan (wire value enterprise).</summary>
    Enterprise = 3,
}
