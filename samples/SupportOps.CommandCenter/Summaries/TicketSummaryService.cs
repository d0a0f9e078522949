using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Storage;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Wire;

namespace SupportOps.CommandCenter.Summaries;

/// <summary>Reads and regenerates a ticket's numbered summary versions.</summary>
/// <remarks>
/// <para>Regeneration computes the inputs hash of the current request first: when it equals the latest
/// version's hash (and the caller did not force it) the latest version is returned and the summarizer
/// is not called. Otherwise the <see cref="ISummarizer"/> from DI runs and version n+1 is written.
/// Two concurrent regenerations cannot both write n+1 (unique index); the loser re-reads and returns
/// the winner's version when its hash matches.</para>
/// <para>Scoped, over the request's context. Not thread-safe.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="store">Reads ticket streams.</param>
/// <param name="summarizer">The summarizer (local by default, the chat client when configured).</param>
internal sealed class TicketSummaryService(CommandCenterDbContext db, IEventStore store, ISummarizer summarizer)
{
    private static readonly JsonSerializerOptions DocumentOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly SummaryRequestCanonicalizer _canonicalizer = new();

    /// <summary>Gets whether a ticket exists.</summary>
    public Task<bool> TicketExistsAsync(string ticketId, CancellationToken cancellationToken)
        => db.TicketSnapshots.AsNoTracking().AnyAsync(t => t.TicketId == ticketId, cancellationToken);

    /// <summary>Gets the latest version, or null when there is none.</summary>
    public async Task<TicketSummaryView?> GetLatestAsync(string ticketId, CancellationToken cancellationToken)
    {
        var row = await db.TicketSummaries.AsNoTracking()
            .Where(s => s.TicketId == ticketId)
            .OrderByDescending(s => s.Number)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToView(row);
    }

    /// <summary>Gets every version, newest first.</summary>
    public async Task<IReadOnlyList<TicketSummaryView>> GetHistoryAsync(string ticketId, CancellationToken cancellationToken)
    {
        var rows = await db.TicketSummaries.AsNoTracking()
            .Where(s => s.TicketId == ticketId)
            .OrderByDescending(s => s.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToView)];
    }

    /// <summary>Regenerates the summary; null when the ticket does not exist.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="force">Write a new version even when the inputs are unchanged.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The outcome, or null for an unknown ticket.</returns>
    public async Task<RegenerateSummaryResponse?> RegenerateAsync(string ticketId, bool force, CancellationToken cancellationToken)
    {
        var snapshot = await db.TicketSnapshots.AsNoTracking().SingleOrDefaultAsync(t => t.TicketId == ticketId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return null;
        }

        var events = await store.ReadStreamAsync(ticketId, 1, cancellationToken).ConfigureAwait(false);
        var request = SummaryRequestFactory.Create(events, snapshot);
        var hash = _canonicalizer.ComputeHash(request);
        var latest = await LatestRowAsync(ticketId, cancellationToken).ConfigureAwait(false);
        if (!force && latest is not null && latest.InputsHash == hash)
        {
            return new RegenerateSummaryResponse(false, ToView(latest));
        }

        var result = await summarizer.SummarizeAsync(request, cancellationToken).ConfigureAwait(false);
        var number = (latest?.Number ?? 0) + 1;
        var view = ToView(ticketId, number, result);
        var row = new TicketSummaryRecord
        {
            TicketId = ticketId,
            Number = number,
            InputsHash = result.InputsHash,
            GeneratedAtTicks = result.GeneratedAt.ToUnixTimeTicks(),
            Provider = result.Metadata.Provider,
            Model = result.Metadata.Model,
            FallbackReason = result.Metadata.FallbackReason is { } reason ? WireNames.Of(reason) : null,
            Text = result.Summary,
            Document = JsonSerializer.Serialize(view, DocumentOptions),
        };
        db.TicketSummaries.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another regeneration wrote version n+1 first: return it when it summarizes the same inputs.
            db.ChangeTracker.Clear();
            var winner = await LatestRowAsync(ticketId, cancellationToken).ConfigureAwait(false);
            if (winner is not null && winner.InputsHash == result.InputsHash)
            {
                return new RegenerateSummaryResponse(false, ToView(winner));
            }

            throw;
        }

        return new RegenerateSummaryResponse(true, view);
    }

    private Task<TicketSummaryRecord?> LatestRowAsync(string ticketId, CancellationToken cancellationToken)
        => db.TicketSummaries.AsNoTracking()
            .Where(s => s.TicketId == ticketId)
            .OrderByDescending(s => s.Number)
            .FirstOrDefaultAsync(cancellationToken);

    private static TicketSummaryView ToView(TicketSummaryRecord row)
        => JsonSerializer.Deserialize<TicketSummaryView>(row.Document, DocumentOptions)
           ?? throw new InvalidOperationException($"Summary {row.TicketId} v{row.Number} has no document.");

    private static TicketSummaryView ToView(string ticketId, int number, SummaryResult result) => new(
        ticketId,
        number,
        result.InputsHash,
        InstantPattern.ExtendedIso.Format(result.GeneratedAt),
        result.Summary,
        [.. result.Entities.Select(e => new SummaryEntityView(WireNames.Of(e.Type), e.Value, e.Confidence))],
        new SummarySentimentView(WireNames.Of(result.Sentiment.Label), result.Sentiment.Score),
        WireNames.Of(result.ResponseType),
        [.. result.NextActions.Select(a => new SummaryActionView(WireNames.Of(a.Action), a.Rationale, a.Confidence))],
        result.EscalationReason is { } escalation ? WireNames.Of(escalation) : null,
        result.Metadata.Provider,
        result.Metadata.Model,
        result.Metadata.PromptVersion,
        result.Metadata.FallbackUsed,
        result.Metadata.FallbackReason is { } reason ? WireNames.Of(reason) : null);
}
