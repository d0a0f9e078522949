namespace SupportOps.RiskModel.Scoring;

/// <summary>How the customer reached support.</summary>
/// <remarks><para>Wire values are the snake_case names (<c>email</c>, <c>web</c>, <c>chat</c>, …).</para></remarks>
public enum Channel
{
    /// <summary>Email.</summary>
    Email = 0,

    /// <summary>Web form or help-center widget.</summary>
    Web = 1,

    /// <summary>Live chat: the customer is waiting in real time.</summary>
    Chat = 2,

    /// <summary>Slack (shared channel or app).</summary>
    Slack = 3,

    /// <summary>Public social media: delays are visible to everyone.</summary>
    Social = 4,

    /// <summary>Phone.</summary>
    Phone = 5,

    /// <summary>Programmatic API.</summary>
    Api = 6,
}
