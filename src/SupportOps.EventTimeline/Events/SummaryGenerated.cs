namespace SupportOps.EventTimeline.Events;

/// <summary>A summary of the ticket was generated (<c>summary_generated</c>, schema version 1).</summary>
public sealed record SummaryGenerated : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public SummaryGenerated()
        : base(TicketEventKind.SummaryGenerated)
    {
    }

    /// <summary>Gets the summary's version for this ticket (1, 2, 3 ...).</summary>
    public required int SummaryVersion { get; init; }

    /// <summary>Gets a hash of the inputs the summary was generated from, so an unchanged ticket is not summarized twice.</summary>
    public required string InputsHash { get; init; }

    /// <summary>Gets the summarizer provider, for example <c>extractive</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets the model or algorithm name and version.</summary>
    public required string Model { get; init; }

    /// <summary>Gets the summary text.</summary>
    public required string Text { get; init; }
}
