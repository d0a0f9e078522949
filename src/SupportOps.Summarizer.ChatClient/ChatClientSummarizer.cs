using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.ChatClient.Internal;
using SupportOps.Summarizer.ChatClient.Parsing;
using SupportOps.Summarizer.ChatClient.Prompts;
using SupportOps.Summarizer.Local;

namespace SupportOps.Summarizer.ChatClient;

/// <summary>
/// Summarizes tickets with a language model behind <see cref="IChatClient"/> (OpenAI, Azure OpenAI,
/// Ollama, ...), and falls back to the <see cref="LocalSummarizer"/> when the model times out, fails,
/// or answers outside the result contract.
/// </summary>
/// <remarks>
/// <para>
/// The request goes out as the versioned prompt (<see cref="SummaryPrompt"/>) plus the canonical ticket
/// (the same text the inputs hash covers), asking for JSON that matches the prompt's schema. The answer
/// is parsed and checked with the result validator; any violation means fallback. A fallback result
/// is the local summarizer's, with <see cref="ProviderMetadata.FallbackReason"/> set.
/// </para>
/// <para>
/// Nothing secret reaches logs or results: failures are logged with the exception type only (messages
/// of provider exceptions can echo keys or request bodies), invalid answers with the names of the
/// offending fields only.
/// </para>
/// <para>Cancellation by the caller is not a fallback: it ends the task as canceled. This type is thread-safe.</para>
/// </remarks>
public sealed partial class ChatClientSummarizer : ISummarizer
{
    /// <summary>The provider name recorded when neither the options nor the chat client name one: <c>chat-client</c>.</summary>
    public const string DefaultProviderName = "chat-client";

    private readonly IChatClient _chatClient;
    private readonly LocalSummarizer _fallback;
    private readonly IClock _clock;
    private readonly ILogger _logger;
    private readonly SummaryPrompt _prompt;
    private readonly TimeSpan _timeout;
    private readonly ChatOptions _chatOptions;
    private readonly string _provider;
    private readonly string _defaultModel;

    /// <summary>Creates a summarizer.</summary>
    /// <param name="chatClient">The model client. Must not be null.</param>
    /// <param name="fallback">The local summarizer used on failure; its message window also defines the inputs hash. Must not be null.</param>
    /// <param name="options">The settings. Must not be null and must be valid.</param>
    /// <param name="clock">The clock giving the generation instant. Must not be null.</param>
    /// <param name="logger">The logger. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public ChatClientSummarizer(IChatClient chatClient, LocalSummarizer fallback, IOptions<ChatClientSummarizerOptions> options, IClock clock, ILogger<ChatClientSummarizer> logger)
    {
        _chatClient = Guard.NotNull(chatClient);
        _fallback = Guard.NotNull(fallback);
        _clock = Guard.NotNull(clock);
        _logger = Guard.NotNull(logger);
        var settings = Guard.NotNull(options).Value;
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ChatClientSummarizerOptions), errors);
        }

        _prompt = settings.Prompt ?? SummaryPrompt.Default;
        _timeout = settings.Timeout;
        var metadata = chatClient.GetService<ChatClientMetadata>();
        _provider = settings.ProviderName ?? metadata?.ProviderName ?? DefaultProviderName;
        _defaultModel = settings.ModelId ?? metadata?.DefaultModelId ?? "default";
        _chatOptions = new ChatOptions
        {
            ModelId = settings.ModelId,
            Temperature = settings.Temperature,
            MaxOutputTokens = settings.MaxOutputTokens,
            ResponseFormat = settings.UseJsonSchema
                ? ChatResponseFormat.ForJsonSchema(_prompt.Schema, _prompt.SchemaName, "A support ticket summary.")
                : ChatResponseFormat.Json,
        };
    }

    /// <summary>The version of the prompt sent to the model.</summary>
    public string PromptVersion => _prompt.Version;

    /// <inheritdoc/>
    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var canonical = _fallback.Canonicalizer.Canonicalize(request);
        var inputsHash = SummaryRequestCanonicalizer.HashCanonicalText(canonical);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, _prompt.SystemMessage),
            new(ChatRole.User, _prompt.FormatUserMessage(canonical)),
        };

        FallbackReason reason;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_timeout);
            try
            {
                // Clone: some clients mutate the options they are given.
                var response = await _chatClient.GetResponseAsync(messages, _chatOptions.Clone(), timeout.Token).ConfigureAwait(false);
                var metadata = new ProviderMetadata(_provider, string.IsNullOrWhiteSpace(response.ModelId) ? _defaultModel : response.ModelId, _prompt.Version);
                var (result, violations) = ModelOutputParser.Parse(response.Text, metadata, inputsHash, _clock.GetCurrentInstant());
                if (result is not null)
                {
                    LogGenerated(_logger, _provider, metadata.Model, _prompt.Version);
                    return result;
                }

                reason = FallbackReason.InvalidOutput;
                LogInvalidOutput(_logger, violations.Length, string.Join(", ", violations.Select(violation => violation.Field).Distinct()));
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Our timeout, or the client's own (HttpClient reports its timeout as a cancellation).
                reason = FallbackReason.Timeout;
                LogFailure(_logger, reason, exception.GetType().FullName ?? exception.GetType().Name);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                reason = FallbackReason.Error;
                LogFailure(_logger, reason, exception.GetType().FullName ?? exception.GetType().Name);
            }
        }

        var local = _fallback.Summarize(request, _clock.GetCurrentInstant());
        return local with { Metadata = local.Metadata with { FallbackReason = reason } };
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Ticket summary generated by {Provider} model {Model} with prompt {PromptVersion}.")]
    private static partial void LogGenerated(ILogger logger, string provider, string model, string promptVersion);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The model's summary broke the contract in {ViolationCount} places ({Fields}); using the local summarizer.")]
    private static partial void LogInvalidOutput(ILogger logger, int violationCount, string fields);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The model summary failed ({Reason}, {ExceptionType}); using the local summarizer.")]
    private static partial void LogFailure(ILogger logger, FallbackReason reason, string exceptionType);
}
