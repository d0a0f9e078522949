namespace SupportOps.SlaEngine.Occurrences;

/// <summary>How the customer reached support. Wire values are the names in snake_case.</summary>
public enum Channel
{
    /// <summary>Email.</summary>
    Email = 0,

    /// <summary>A web form or portal.</summary>
    Web = 1,

    /// <summary>Live chat.</summary>
    Chat = 2,

    /// <summary>Slack.</summary>
    Slack = 3,

    /// <summary>Social media.</summary>
    Social = 4,

    /// <summary>Telephone.</summary>
    Phone = 5,

    /// <summary>An API call.</summary>
    Api = 6,
}
