namespace SupportOps.CommandCenter.Summaries;

/// <summary>The outcome of a regeneration.</summary>
/// <param name="Created">True when a new version was written; false when the inputs were unchanged and the latest version is returned.</param>
/// <param name="Summary">The new or existing latest version.</param>
public sealed record RegenerateSummaryResponse(bool Created, TicketSummaryView Summary);
