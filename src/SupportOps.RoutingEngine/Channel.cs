namespace SupportOps.RoutingEngine;

/// <summary>How the customer reached support, from the shared vocabulary.</summary>
public enum Channel
{
    /// <summary>Email (wire value email).</summary>
    Email = 0,

    /// <summary>Web form (wire value web).</summary>
    Web = 1,

    /// <summary>Live chat (wire value chat).</summary>
    Chat = 2,

    /// <summary>Slack (wire value slack).</summary>
    Slack = 3,

    /// <summary>Social media (wire value social).</summary>
    Social = 4,

    /// <summary>Phone (wire value phone).</summary>
    Phone = 5,

    /// <summary>API (wire value api).</summary>
    Api = 6,
}
