using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Ingest;

/// <summary>
/// Reads a ticket source page by page, normalizes its payloads into timeline events and appends them
/// exactly once in effect, advancing the source's cursor only after the events are durable.
/// </summary>
/// <remarks>
/// <para><b>At-least-once in, exactly-once in effect.</b> For each page the pipeline normalizes every
/// payload, appends each ticket's events in one batch, writes dead letters, and only then saves the
/// cursor (<see cref="ICursorStore"/>) and acknowledges it to the source. A crash anywhere before the
/// save repeats the page on the next run; the repeated events carry the same dedupe keys and the
/// store skips them.</para>
/// <para><b>Dead letters.</b> A payload larger than <see cref="IngestPipelineOptions.MaxPayloadBytes"/>,
/// a payload the normalizer rejects, an item it rejects, or a normalizer that throws is written to the
/// <see cref="IDeadLetterStore"/> with the reason and raw bytes; the rest of the page goes on.</para>
/// <para><b>Order.</b> Within a ticket, events are appended by occurred-at (the creation first). A state
/// change (status, priority, assignee, queue) that sets the value the stream already has, or is older
/// than the stream's latest change of that field, is skipped and counted as superseded, so a snapshot
/// redelivered late or a page delivered out of order cannot roll a ticket back.</para>
/// <para>Runs of different sources may proceed concurrently; run one source from one pipeline at a time.</para>
/// </remarks>
public sealed class IngestPipeline
{
    private readonly IEventStore store;
    private readonly IDeadLetterStore deadLetters;
    private readonly ICursorStore cursors;
    private readonly IClock clock;
    private readonly IngestPipelineOptions options;

    /// <summary>Initializes a pipeline.</summary>
    /// <param name="store">The event store appended to. Must not be null.</param>
    /// <param name="deadLetters">Where rejected payloads go. Must not be null.</param>
    /// <param name="cursors">Where acknowledged cursors are kept. Must not be null.</param>
    /// <param name="clock">Stamps dead letters. Must not be null.</param>
    /// <param name="options">The limits. Must not be null and must be valid.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public IngestPipeline(IEventStore store, IDeadLetterStore deadLetters, ICursorStore cursors, IClock clock, IOptions<IngestPipelineOptions> options)
    {
        this.store = Guard.NotNull(store);
        this.deadLetters = Guard.NotNull(deadLetters);
        this.cursors = Guard.NotNull(cursors);
        this.clock = Guard.NotNull(clock);
        this.options = Guard.NotNull(options).Value;
        var validation = new IngestPipelineOptionsValidator().Validate(Options.DefaultName, this.options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(IngestPipelineOptions), validation.Failures);
        }
    }

    /// <summary>Ingests everything a source has after its saved cursor.</summary>
    /// <param name="source">The source. Must not be null.</param>
    /// <param name="normalizer">The normalizer for the source's payloads. Must not be null and must serve the same source.</param>
    /// <param name="cancellationToken">Cancels the run between pages; a cancelled page is repeated next time.</param>
    /// <returns>What the run did. Failures of the source or the store end the run and are reported in it, not thrown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="normalizer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="normalizer"/> serves another source.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<SourceIngestResult> RunAsync(ITicketSource source, ITicketNormalizer normalizer, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(source);
        Guard.NotNull(normalizer);
        if (normalizer.Source != source.Source)
        {
            throw new ArgumentException($"The normalizer serves {normalizer.Source} but the source is {source.Source}.", nameof(normalizer));
        }

        var tally = new Tally();
        try
        {
            var cursor = await cursors.GetAsync(source.Source, cancellationToken).ConfigureAwait(false);
            for (var page = 0; page < options.MaxPagesPerRun; page++)
            {
                var changes = await source.ListChangesAsync(cursor, cancellationToken).ConfigureAwait(false);
                tally.PagesRead++;
                await IngestPageAsync(source.Source, normalizer, changes, tally, cancellationToken).ConfigureAwait(false);
                if (changes.Cursor is { } next)
                {
                    await cursors.SaveAsync(source.Source, next, cancellationToken).ConfigureAwait(false);
                    await source.AckAsync(next, cancellationToken).ConfigureAwait(false);
                    cursor = next;
                }

                if (!changes.HasMore)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            tally.Errors++;
            tally.LastError = $"{exception.GetType().Name}: {exception.Message}";
        }

        return tally.ToResult(source.Source);
    }

    private static IEnumerable<NewEvent> InAppendOrder(List<NewEvent> events) =>
        events
            .Select((item, index) => (item, index))
            .OrderBy(pair => pair.item.Event is TicketCreated ? 0 : 1)
            .ThenBy(pair => pair.item.OccurredAt)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.item);

    private async ValueTask IngestPageAsync(EventSource source, ITicketNormalizer normalizer, ChangePage page, Tally tally, CancellationToken cancellationToken)
    {
        var byTicket = new Dictionary<string, List<NewEvent>>(StringComparer.Ordinal);
        foreach (var payload in page.Payloads)
        {
            foreach (var rejection in Normalize(normalizer, payload, tally, byTicket))
            {
                var reason = rejection.ItemPath is null ? rejection.Reason : $"{rejection.ItemPath}: {rejection.Reason}";
                var payloadId = rejection.ItemPath is null ? payload.PayloadId : $"{payload.PayloadId}#{rejection.ItemPath}";
                var deadLetter = new DeadLetter(ExternalIds.SourceName(source), payloadId, reason, rejection.RawPayload, clock.GetCurrentInstant());
                await deadLetters.AddAsync(deadLetter, cancellationToken).ConfigureAwait(false);
                tally.DeadLettered++;
            }
        }

        foreach (var (ticketId, events) in byTicket)
        {
            await AppendTicketAsync(ticketId, events, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    private List<PayloadRejection> Normalize(ITicketNormalizer normalizer, SourcePayload payload, Tally tally, Dictionary<string, List<NewEvent>> byTicket)
    {
        if (payload.Body.Length > options.MaxPayloadBytes)
        {
            return [new PayloadRejection($"payload is {payload.Body.Length} bytes; the limit is {options.MaxPayloadBytes} bytes", payload.Body)];
        }

        NormalizationResult result;
        try
        {
            result = normalizer.Normalize(payload);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return [new PayloadRejection($"the normalizer failed: {exception.GetType().Name}: {exception.Message}", payload.Body)];
        }

        tally.Ignored += result.Ignored;
        foreach (var ticket in result.Tickets)
        {
            if (ticket.Events.IsDefaultOrEmpty)
            {
                continue;
            }

            if (!byTicket.TryGetValue(ticket.TicketId, out var events))
            {
                byTicket[ticket.TicketId] = events = [];
            }

            events.AddRange(ticket.Events);
        }

        return [.. result.Rejections];
    }

    private async ValueTask AppendTicketAsync(string ticketId, List<NewEvent> events, Tally tally, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var stream = await store.ReadStreamAsync(ticketId, 1, cancellationToken).ConfigureAwait(false);
            var state = TicketFieldState.From(stream);
            var batch = new List<NewEvent>(events.Count);
            int duplicates = 0, superseded = 0;
            foreach (var item in InAppendOrder(events))
            {
                if (!state.DedupeKeys.Add(item.DedupeKey))
                {
                    duplicates++;
                }
                else if (state.IsSuperseded(item))
                {
                    superseded++;
                }
                else
                {
                    state.Apply(item.Event, item.OccurredAt);
                    batch.Add(item);
                }
            }

            if (batch.Count == 0)
            {
                tally.DuplicatesSkipped += duplicates;
                tally.SupersededSkipped += superseded;
                return;
            }

            try
            {
                var result = await store.AppendAsync(new AppendRequest(ticketId, ExpectedVersion.Exactly(stream.Count), batch), cancellationToken).ConfigureAwait(false);
                tally.EventsAppended += result.Appended.Length;
                tally.DuplicatesSkipped += duplicates + result.Duplicates.Length;
                tally.SupersededSkipped += superseded;
                if (result.Appended.Length > 0)
                {
                    tally.TicketsUpserted.Add(ticketId);
                }

                return;
            }
            catch (EventStreamConcurrencyException) when (attempt < options.ConcurrencyRetries)
            {
                // Another writer moved the stream: re-read it and decide again.
            }
        }
    }

    private sealed class Tally
    {
        public int PagesRead { get; set; }

        public HashSet<string> TicketsUpserted { get; } = new(StringComparer.Ordinal);

        public int EventsAppended { get; set; }

        public int DuplicatesSkipped { get; set; }

        public int SupersededSkipped { get; set; }

        public int DeadLettered { get; set; }

        public int Ignored { get; set; }

        public int Errors { get; set; }

        public string? LastError { get; set; }

        public SourceIngestResult ToResult(EventSource source) => new()
        {
            Source = source,
            PagesRead = PagesRead,
            TicketsUpserted = TicketsUpserted.Count,
            EventsAppended = EventsAppended,
            DuplicatesSkipped = DuplicatesSkipped,
            SupersededSkipped = SupersededSkipped,
            DeadLettered = DeadLettered,
            Ignored = Ignored,
            Errors = Errors,
            LastError = LastError,
        };
    }
}
