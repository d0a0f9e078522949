using System.Text.Json;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Local.Internal;
using SupportOps.Summarizer.Local.Text;

namespace SupportOps.Summarizer.Local.Data;

/// <summary>The versioned product and integration names the local summarizer recognizes as entities.</summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the embedded <c>Resources/entities.v1.json</c>: the parts of a typical
/// help desk product and well-known third-party integrations. Describe your own product with
/// <see cref="FromJson(string)"/> and <see cref="LocalSummarizerOptions.EntityDictionary"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EntityDictionary
{
    private static readonly Lazy<EntityDictionary> DefaultDictionary = new(() => FromJson(EmbeddedResources.Read("entities.v1.json")));

    private EntityDictionary(Document document)
    {
        Version = document.Version!;
        var phrases = new List<KeyValuePair<string, (EntityType, string)>>();
        Add(phrases, document.Products, EntityType.Product);
        Add(phrases, document.Integrations, EntityType.Integration);
        Names = new PhraseMatcher<(EntityType Type, string Name)>(phrases);
    }

    /// <summary>The dictionary shipped with the package (<c>entities-v1</c>).</summary>
    public static EntityDictionary Default => DefaultDictionary.Value;

    /// <summary>The version of the dictionary, e.g. <c>entities-v1</c>.</summary>
    public string Version { get; }

    internal PhraseMatcher<(EntityType Type, string Name)> Names { get; }

    /// <summary>Reads a dictionary in the format of the embedded <c>entities.v1.json</c>.</summary>
    /// <param name="json">The JSON document. Must not be null.</param>
    /// <returns>The dictionary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON is malformed, has no <c>version</c>, or an entry has no name.</exception>
    public static EntityDictionary FromJson(string json)
    {
        Guard.NotNull(json);
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, JsonOptions.Data);
        }
        catch (JsonException exception)
        {
            throw new FormatException("The entity dictionary is not valid JSON: " + exception.Message, exception);
        }

        if (document is null || string.IsNullOrWhiteSpace(document.Version))
        {
            throw new FormatException("The entity dictionary must have a non-empty 'version'.");
        }

        return new EntityDictionary(document);
    }

    private static void Add(List<KeyValuePair<string, (EntityType, string)>> phrases, List<Entry>? entries, EntityType type)
    {
        foreach (var entry in entries ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new FormatException("Every entity dictionary entry needs a 'name'.");
            }

            foreach (var alias in (entry.Aliases ?? []).Append(entry.Name))
            {
                phrases.Add(new(alias, (type, entry.Name)));
            }
        }
    }

    private sealed class Document
    {
        public string? Version { get; set; }

        public List<Entry>? Products { get; set; }

        public List<Entry>? Integrations { get; set; }
    }

    private sealed class Entry
    {
        public string? Name { get; set; }

        public List<string>? Aliases { get; set; }
    }
}
