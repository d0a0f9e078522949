namespace SupportOps.CommandCenter.Models;

/// <summary>One inbox row: a ticket's cached snapshot. Instants are ISO-8601 UTC; enums are snake_case wire names.</summary>
/// <param name="TicketId">The ticket id.</param>
/// <param name="Version">The stream version the row reflects (the expected version for the next append).</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">The status.</param>
/// <param name="Priority">The priority (<c>p0</c> … <c>p3</c>).</param>
/// <param name="Channel">The channel.</param>
/// <param name="Tier">The customer tier.</param>
/// <param name="Assignee">The assignee id, or null when unassigned.</param>
/// <param name="Queue">The queue.</param>
/// <param name="CreatedAt">When the ticket was created.</param>
/// <param name="UpdatedAt">When its last event occurred.</param>
/// <param name="SlaDueAt">The due instant of the soonest running SLA timer, or null when none runs.</param>
/// <param name="SlaTimer">The kind of that timer.</param>
/// <param name="Breached">Whether that timer is breached.</param>
/// <param name="RiskScore">The risk score, 0 to 100.</param>
/// <param name="RiskBand">The risk band.</param>
/// <param name="RiskReasons">The top risk reason codes, most important first.</param>
/// <param name="EvaluatedAt">When SLA and risk were evaluated.</param>
public sealed record TicketSummary(
    string TicketId,
    long Version,
    string? Subject,
    string Status,
    string Priority,
    string? Channel,
    string Tier,
    string? Assignee,
    string? Queue,
    string? CreatedAt,
    string? UpdatedAt,
    string? SlaDueAt,
    string? SlaTimer,
    bool Breached,
    double RiskScore,
    string RiskBand,
    IReadOnlyList<string> RiskReasons,
    string EvaluatedAt)
{
    /// <summary>Gets the SLA countdown: whole seconds from the request's clock to <see cref="SlaDueAt"/>, negative once it has passed; null when no timer runs.</summary>
    public long? SlaRemainingSeconds { get; init; }

    /// <summary>Gets since when the customer has been waiting on us (docs/command-center/inbox.md), or null when nobody at the desk is waited on.</summary>
    public string? WaitingSince { get; init; }

    /// <summary>Gets the requester (customer) id.</summary>
    public string? Requester { get; init; }
}
