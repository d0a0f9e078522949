using Microsoft.EntityFrameworkCore;
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
/// <param name="logger">Logs deliveries whose appends failed.</param>
public sealed partial class IngestService(
    CommandCenterDbContext db,
    IEventStore store,
    IClock clock,
    InstanceIdentity identity,
    IOptions<IngestPipelineOptions> pipelineOptions,
    ILogger<IngestService> logger)
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
    /// <remarks>
    /// <para>On the EF event store every ticket of the payload is appended in one transaction (all or nothing):
    /// each stream is locked and checked as in a single append, and the events, snapshots and projections of all
    /// tickets commit together. When any ticket fails, nothing of the payload is stored (its dead letters, written
    /// before the appends, stay) and the whole payload is tried again, up to <see cref="DeliveryAttempts"/> times;
    /// a payload that still fails is reported with <see cref="SourceIngestResult.Errors"/> &gt; 0, having stored no event.</para>
    /// </remarks>
    /// <param name="source">The source.</param>
    /// <param name="normalizer">The source's normalizer; must not be null.</param>
    /// <param name="payload">The payload; must not be null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the pipeline did.</returns>
    public async Task<SourceIngestResult> IngestAsync(EventSource source, ITicketNormalizer normalizer, SourcePayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        ArgumentNullException.ThrowIfNull(payload);

        // A pushed payload has no cursor to read or save: skip the cursor table.
        var pipeline = new IngestPipeline(store, new EfDeadLetterStore(db, IngestTriggers.Webhook), new InMemoryCursorStore(), clock, pipelineOptions);
        var delivery = new SinglePayloadSource(source, payload);
        if (store is not EfEventStore efStore)
        {
            return await pipeline.RunAsync(delivery, normalizer, cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            SourceIngestResult result;
            try
            {
                (result, _) = await efStore.AppendAllOrNothingAsync(
                    ct => pipeline.RunAsync(delivery, normalizer, ct).AsTask(),
                    run => run.Completed,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException)
            {
                // The final save or commit failed (a concurrent writer took a key first); nothing was stored.
                result = new SourceIngestResult { Source = source, PagesRead = 1, Errors = 1, LastError = $"{exception.GetType().Name}: {exception.Message}" };
            }

            if (result.Completed)
            {
                return result;
            }

            LogDeliveryFailed(logger, Vocabulary.Wire(source), payload.PayloadId, attempt, DeliveryAttempts, result.LastError);
            if (attempt >= DeliveryAttempts)
            {
                return result;
            }
        }
    }

    /// <summary>How often <see cref="IngestAsync"/> tries a payload whose appends failed before reporting the failure.</summary>
    internal const int DeliveryAttempts = 3;

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {PayloadId} from {Source} stored nothing (attempt {Attempt} of {Attempts}): {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, string source, string payloadId, int attempt, int attempts, string? error);
}
