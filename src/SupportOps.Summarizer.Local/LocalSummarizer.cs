using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Local.Analysis;
using SupportOps.Summarizer.Local.Data;
using SupportOps.Summarizer.Local.Extraction;
using SupportOps.Summarizer.Local.Internal;

namespace SupportOps.Summarizer.Local;

/// <summary>
/// A deterministic, offline summarizer: HTML reduced to text, an extractive summary, entities from
/// patterns and a dictionary, lexicon-based sentiment, and rules for the response type, the escalation
/// reason and the next actions. No network, no randomness: equal requests and instants give equal results.
/// </summary>
/// <remarks>
/// <para>
/// Only the last <see cref="LocalSummarizerOptions.MaxMessages"/> messages are read, the same ones
/// the inputs hash covers. The metadata names provider <see cref="ProviderName"/>, model
/// <see cref="ModelName"/> and, as prompt version, the lexicon and dictionary versions.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class LocalSummarizer : ISummarizer
{
    /// <summary>The provider name recorded in the metadata: <c>local</c>.</summary>
    public const string ProviderName = "local";

    /// <summary>The algorithm version recorded as model: <c>extractive-v1</c>.</summary>
    public const string ModelName = "extractive-v1";

    private readonly IClock _clock;
    private readonly SummaryRequestCanonicalizer _canonicalizer;
    private readonly SummarizerLexicon _lexicon;
    private readonly EntityDictionary _dictionary;
    private readonly int _slaRiskThreshold;
    private readonly int _maxEntities;
    private readonly ProviderMetadata _metadata;

    /// <summary>Creates a summarizer.</summary>
    /// <param name="options">The settings. Must not be null and must be valid.</param>
    /// <param name="clock">The clock giving the generation instant. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public LocalSummarizer(IOptions<LocalSummarizerOptions> options, IClock clock)
        : this(Guard.NotNull(options).Value, clock)
    {
    }

    /// <summary>Creates a summarizer.</summary>
    /// <param name="options">The settings. Must not be null and must be valid.</param>
    /// <param name="clock">The clock giving the generation instant. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public LocalSummarizer(LocalSummarizerOptions options, IClock clock)
    {
        Guard.NotNull(options);
        _clock = Guard.NotNull(clock);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(LocalSummarizerOptions), errors);
        }

        _canonicalizer = new SummaryRequestCanonicalizer(options.MaxMessages);
        _lexicon = options.Lexicon ?? SummarizerLexicon.Default;
        _dictionary = options.EntityDictionary ?? EntityDictionary.Default;
        _slaRiskThreshold = options.SlaRiskThreshold;
        _maxEntities = options.MaxEntities;
        _metadata = new ProviderMetadata(ProviderName, ModelName, PromptVersion);
    }

    /// <summary>The data versions recorded as prompt version, e.g. <c>lexicon-v1+entities-v1</c>.</summary>
    public string PromptVersion => _lexicon.Version + "+" + _dictionary.Version;

    /// <summary>The canonicalizer whose message window and hash this summarizer uses.</summary>
    public SummaryRequestCanonicalizer Canonicalizer => _canonicalizer;

    /// <inheritdoc/>
    public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Summarize(request, _clock.GetCurrentInstant()));
    }

    /// <summary>Summarizes a ticket: the pure function behind <see cref="SummarizeAsync"/>.</summary>
    /// <param name="request">The ticket. Must not be null.</param>
    /// <param name="now">The generation instant to record.</param>
    /// <returns>A result that keeps the summary contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public SummaryResult Summarize(SummaryRequest request, Instant now)
    {
        Guard.NotNull(request);
        var messages = _canonicalizer.SelectMessages(request);
        var document = TicketDocument.Build(request.Subject, messages, _lexicon);

        var candidates = new List<Candidate>();
        for (var t = 0; t < document.Texts.Count; t++)
        {
            EntityExtractor.Extract(document.Texts[t], document.TokensOf(t), _dictionary, candidates);
        }

        var entities = EntityExtractor.Merge(candidates, _maxEntities);
        var sentiment = SentimentScorer.Score(document, _lexicon);
        var classification = TicketClassifier.Classify(document, sentiment, request.CustomerTier, request.SlaRisk, _slaRiskThreshold);

        return new SummaryResult
        {
            Summary = ExtractiveSummary.Build(document),
            Entities = [.. entities],
            Sentiment = sentiment,
            ResponseType = classification.ResponseType,
            NextActions = ActionPlanner.Plan(classification, entities, sentiment, _lexicon),
            EscalationReason = classification.EscalationReason,
            Metadata = _metadata,
            InputsHash = _canonicalizer.ComputeHash(request),
            GeneratedAt = now,
        };
    }
}
