using NodaTime;

namespace SupportOps.Analytics.Inputs;

/// <summary>A customer satisfaction rating of a ticket, good or bad (the Zendesk CSAT scale).</summary>
/// <remarks><para>The timeline has no rating event, so ratings are a separate input. Scores on a 1–5 scale map to good when 4 or 5.</para></remarks>
/// <param name="TicketId">The rated ticket.</param>
/// <param name="RatedAt">When the customer rated.</param>
/// <param name="IsGood">Whether the rating is good.</param>
public sealed record SatisfactionRating(string TicketId, Instant RatedAt, bool IsGood);
