using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>
/// Runs the adapters' <see cref="IngestPipeline"/> against the command center's database: the EF event
/// store (snapshots and projections updated in each append's transaction), dead letters and cursors in
/// tables, and every poll recorded as an <see cref="IngestRunRecord"/>.
/// </summary>
/// <remarks>Scoped, over the job's or request's context. Not thread-safe.</remarks>
/// <param name="db">The context.</param>
/// <param name="store">The event store.</param>
/// <param name="clock">The clock.</param>
/// <param name="identity">This instance's id, recorded on runs.</param>
/// <param name="pipelineOptions">The adapters' pipeline options (<c>Adapters:Ingest</c>).</param>
public sealed class IngestService(
    CommandCenterDbContext db,
    IEventStore store,
    IClock clock,
    InstanceIdentity identity,
    IOptions<IngestPipelineOptions> pipelineOptions)
{
    /// <summary>Polls one source from its saved cursor and records the run.</summary>
    /// <param name="source">The source and its normalizer; must be available.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The finished run.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not available.</exception>
    public async Task<IngestRunRecord> PollAsync(AdapterResolution source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.IsAvailable)
        {
            throw new ArgumentException($"The {source.Source} adapter is not available: {source.Reason}", nameof(source));
        }

        var run = new IngestRunRecord
        {
            Source = Vocabulary.Wire(source.Source),
            Trigger = IngestTriggers.Poll,
            Instance = identity.Id,
            StartedAtTicks = clock.GetCurrentInstant().ToUnixTimeTicks(),
        };
        db.IngestRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        var result = await Pipeline(IngestTriggers.Poll).RunAsync(source.TicketSource!, source.Normalizer!, cancellationToken).ConfigureAwait(false);
        Complete(run, result);
        run.FinishedAtTicks = clock.GetCurrentInstant().ToUnixTimeTicks();
        db.IngestRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return run;
    }

    /// <summary>Ingests one pushed payload (a webhook delivery) without touching the source's poll cursor.</summary>
    /// <param name="source">The source.</param>
    /// <param name="normalizer">The source's normalizer; must not be null.</param>
    /// <param name="payload">The payload; must not be null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the pipeline did.</returns>
    public async Task<SourceIngestResult> IngestAsync(EventSource source, ITicketNormalizer normalizer, SourcePayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(payload);
        return await Pipeline(IngestTriggers.Webhook).RunAsync(new SinglePayloadSource(source, payload), normalizer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a payload that failed before reaching the pipeline (a webhook body that does not parse).</summary>
    internal async Task DeadLetterAsync(EventSource source, string payloadId, string reason, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var deadLetter = new SupportOps.Adapters.DeadLetters.DeadLetter(ExternalIds.SourceName(source), payloadId, reason, body, clock.GetCurrentInstant());
        await new EfDeadLetterStore(db, IngestTriggers.Webhook).AddAsync(deadLetter, cancellationToken).ConfigureAwait(false);
    }

    private static void Complete(IngestRunRecord run, SourceIngestResult result)
    {
        run.Pages = result.PagesRead;
        run.TicketsUpserted = result.TicketsUpserted;
        run.EventsAppended = result.EventsAppended;
        run.Duplicates = result.DuplicatesSkipped;
        run.Superseded = result.SupersededSkipped;
        run.DeadLettered = result.DeadLettered;
        run.Ignored = result.Ignored;
        run.Errors = result.Errors;
        run.LastError = result.LastError is { Length: > 2000 } error ? error[..2000] : result.LastError;
    }

    private IngestPipeline Pipeline(string trigger)
        => new(store, new EfDeadLetterStore(db, trigger), new EfCursorStore(db, clock), clock, pipelineOptions);
}
