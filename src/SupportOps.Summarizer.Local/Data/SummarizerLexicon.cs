using System.Collections.Frozen;
using System.Text.Json;
using SupportOps.Summarizer.Local.Internal;
using SupportOps.Summarizer.Local.Text;

namespace SupportOps.Summarizer.Local.Data;

/// <summary>
/// The versioned word lists the local summarizer reads: sentiment words with scores, negators,
/// intensifiers, topic cues (billing, troubleshooting, informational, security, outage, payment
/// failure, refund, escalation request, problem, ask, greeting) and the rationale of each next action.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the embedded <c>Resources/lexicon.v1.json</c>. To change the words, copy
/// that file, edit it (keep a new <c>version</c>), and pass <see cref="FromJson(string)"/> of it through
/// <see cref="LocalSummarizerOptions.Lexicon"/>; the version is recorded as the prompt version of
/// every result.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SummarizerLexicon
{
    private static readonly Lazy<SummarizerLexicon> DefaultLexicon = new(() => FromJson(EmbeddedResources.Read("lexicon.v1.json")));

    private SummarizerLexicon(Document document)
    {
        Version = document.Version!;
        var sentiment = document.Sentiment ?? new SentimentSection();
        SentimentWords = new PhraseMatcher<double>(sentiment.Words ?? []);
        Negators = (sentiment.Negators ?? []).Select(word => Tokenizer.Lower(word)).ToFrozenSet(StringComparer.Ordinal);
        Intensifiers = new PhraseMatcher<double>(sentiment.Intensifiers ?? []);

        var cues = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var (listName, phrases) in document.Cues ?? [])
        {
            if (!CueNames.ByJsonName.TryGetValue(listName, out var cue))
            {
                throw new FormatException($"The lexicon has an unknown cue list '{listName}'. Known lists: {string.Join(", ", CueNames.ByJsonName.Keys)}.");
            }

            foreach (var phrase in phrases)
            {
                var key = string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
                cues[key] = cues.GetValueOrDefault(key) | cue;
            }
        }

        Cues = new PhraseMatcher<Cue>(cues);
        Rationales = (document.Rationales ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with the package (<c>lexicon-v1</c>).</summary>
    public static SummarizerLexicon Default => DefaultLexicon.Value;

    /// <summary>The version of the word lists, e.g. <c>lexicon-v1</c>.</summary>
    public string Version { get; }

    internal PhraseMatcher<double> SentimentWords { get; }

    internal FrozenSet<string> Negators { get; }

    internal PhraseMatcher<double> Intensifiers { get; }

    internal PhraseMatcher<Cue> Cues { get; }

    internal FrozenDictionary<string, string> Rationales { get; }

    /// <summary>Reads a lexicon in the format of the embedded <c>lexicon.v1.json</c>.</summary>
    /// <param name="json">The JSON document. Must not be null.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON is malformed, has no <c>version</c>, or names an unknown cue list.</exception>
    public static SummarizerLexicon FromJson(string json)
    {
        Guard.NotNull(json);
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, JsonOptions.Data);
        }
        catch (JsonException exception)
        {
            throw new FormatException("The lexicon is not valid JSON: " + exception.Message, exception);
        }

        if (document is null || string.IsNullOrWhiteSpace(document.Version))
        {
            throw new FormatException("The lexicon must have a non-empty 'version'.");
        }

        return new SummarizerLexicon(document);
    }

    internal string Rationale(string key, string fallbackKey) =>
        Rationales.TryGetValue(key, out var text) || Rationales.TryGetValue(fallbackKey, out text) ? text : "Suggested by the local rules.";

    private sealed class Document
    {
        public string? Version { get; set; }

        public SentimentSection? Sentiment { get; set; }

        public Dictionary<string, List<string>>? Cues { get; set; }

        public Dictionary<string, string>? Rationales { get; set; }
    }

    private sealed class SentimentSection
    {
        public Dictionary<string, double>? Words { get; set; }

        public List<string>? Negators { get; set; }

        public Dictionary<string, double>? Intensifiers { get; set; }
    }
}
