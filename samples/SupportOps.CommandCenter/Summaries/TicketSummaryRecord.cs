namespace SupportOps.CommandCenter.Summaries;

/// <summary>One numbered summary version of a ticket: a row of the <c>TicketSummaries</c> table.</summary>
/// <remarks>
/// <para>Versions are numbered from 1 per ticket without gaps and keyed by the summarizer's inputs
/// hash: regenerating with unchanged inputs returns the latest version instead of writing a new one
/// (unless forced). <see cref="Document"/> is the API's JSON form of the whole result.</para>
/// </remarks>
public sealed class TicketSummaryRecord
{
    /// <summary>Gets or sets the surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the ticket id.</summary>
    public required string TicketId { get; set; }

    /// <summary>Gets or sets the version number (1, 2, …).</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the inputs hash (SHA-256 of the canonical request, 64 hex digits).</summary>
    public required string InputsHash { get; set; }

    /// <summary>Gets or sets when it was generated, as Unix ticks.</summary>
    public long GeneratedAtTicks { get; set; }

    /// <summary>Gets or sets the provider (<c>local</c>, <c>openai</c>, …).</summary>
    public required string Provider { get; set; }

    /// <summary>Gets or sets the model.</summary>
    public required string Model { get; set; }

    /// <summary>Gets or sets the fallback reason wire name when a fallback produced it.</summary>
    public string? FallbackReason { get; set; }

    /// <summary>Gets or sets the summary text.</summary>
    public required string Text { get; set; }

    /// <summary>Gets or sets the whole result as the API's JSON (<see cref="TicketSummaryView"/>).</summary>
    public required string Document { get; set; }
}
