namespace SupportOps.Summarizer.Abstractions;

/// <summary>Produces the short, structured summary that agents read before a ticket's thread.</summary>
/// <remarks>
/// <para>
/// Implementations are deterministic for a given request and generation instant where they can be
/// (the local summarizer is; a model-backed one is not), take the generation instant from an
/// injected clock, and record in <see cref="Results.SummaryResult.Metadata"/> which provider, model and
/// prompt version produced the result and whether a fallback was used.
/// </para>
/// <para>Implementations are safe to call concurrently.</para>
/// </remarks>
public interface ISummarizer
{
    /// <summary>Summarizes a ticket.</summary>
    /// <param name="request">The ticket to summarize. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the work; the task then ends as canceled.</param>
    /// <returns>A result that satisfies the contract checked by <see cref="Validation.SummaryResultValidator"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    Task<Results.SummaryResult> SummarizeAsync(Requests.SummaryRequest request, CancellationToken cancellationToken = default);
}
