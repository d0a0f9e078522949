namespace SupportOps.CommandCenter.Summaries;

/// <summary>A summary version as the API returns it (snake_case JSON).</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Version">The version number, from 1.</param>
/// <param name="InputsHash">The inputs hash the version is keyed by.</param>
/// <param name="GeneratedAt">When it was generated (ISO-8601).</param>
/// <param name="Summary">At most three sentences.</param>
/// <param name="Entities">The key entities.</param>
/// <param name="Sentiment">The customer's sentiment.</param>
/// <param name="ResponseType">The response type wire name.</param>
/// <param name="NextActions">Two to four suggested actions.</param>
/// <param name="EscalationReason">The escalation reason wire name, or null.</param>
/// <param name="Provider">The provider.</param>
/// <param name="Model">The model.</param>
/// <param name="PromptVersion">The prompt or data version.</param>
/// <param name="FallbackUsed">Whether a fallback produced it.</param>
/// <param name="FallbackReason">Why, when it did.</param>
public sealed record TicketSummaryView(
    string TicketId,
    int Version,
    string InputsHash,
    string GeneratedAt,
    string Summary,
    IReadOnlyList<SummaryEntityView> Entities,
    SummarySentimentView Sentiment,
    string ResponseType,
    IReadOnlyList<SummaryActionView> NextActions,
    string? EscalationReason,
    string Provider,
    string Model,
    string PromptVersion,
    bool FallbackUsed,
    string? FallbackReason);
