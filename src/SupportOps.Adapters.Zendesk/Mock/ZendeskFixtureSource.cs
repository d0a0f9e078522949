using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Zendesk.Mock;

/// <summary>
/// A mock Zendesk <see cref="ITicketSource"/> over a folder of API response bodies saved as
/// <c>*.json</c> files: incremental export pages, ticket lists, tickets, audits and comments.
/// </summary>
/// <remarks>
/// <para><b>Feed order.</b> Files are delivered one per page in a canonical order, whatever their
/// names: ticket pages first (incremental export pages by their <c>end_time</c>, or by the
/// <c>after_cursor</c> chain order of their file names), then single tickets, audits, and comments,
/// each group by relative path. The cursor is the sort key of the last file delivered, so files added
/// later that sort after it are picked up by the next run.</para>
/// <para><b>Comments</b> carry no ticket id of their own; name the file <c>tickets/{id}/comments.json</c>
/// or <c>ticket_{id}_comments.json</c> (any name with <c>ticket</c>, the id and <c>comments</c>).</para>
/// <para>A file that is not JSON or has no recognizable shape is still delivered, so the pipeline
/// dead-letters it with a reason. Not thread-safe; one pipeline reads it at a time.</para>
/// </remarks>
public sealed partial class ZendeskFixtureSource : ITicketSource
{
    private readonly string directory;

    /// <summary>Initializes a source over a folder.</summary>
    /// <param name="directory">The folder holding the JSON files (searched recursively). Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public ZendeskFixtureSource(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = Path.GetFullPath(directory);
    }

    /// <inheritdoc />
    public EventSource Source => EventSource.Zendesk;

    /// <summary>Gets the last cursor acknowledged through <see cref="AckAsync"/>, or null.</summary>
    public SourceCursor? AckedCursor { get; private set; }

    /// <inheritdoc />
    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Directory.Exists(directory)
            ? AdapterHealth.Healthy($"Zendesk fixtures in {directory}: {Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories).Length} files.")
            : AdapterHealth.Unhealthy($"The Zendesk fixture folder {directory} does not exist."));

    /// <inheritdoc />
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async ValueTask<ChangePage> ListChangesAsync(SourceCursor? after, CancellationToken cancellationToken = default)
    {
        var files = Catalog();
        var next = files.FirstOrDefault(file => after is null || string.CompareOrdinal(file.SortKey, after.Value) > 0);
        if (next is null)
        {
            return new ChangePage { Payloads = [], Cursor = after, HasMore = false };
        }

        var body = await File.ReadAllBytesAsync(next.Path, cancellationToken).ConfigureAwait(false);
        var payload = new SourcePayload(Path.GetRelativePath(directory, next.Path), body) { ExternalTicketId = next.CommentsTicketId };
        return new ChangePage
        {
            Payloads = [payload],
            Cursor = new SourceCursor(next.SortKey),
            HasMore = files[^1] != next,
        };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="externalTicketId"/> is null.</exception>
    public async ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(externalTicketId);
        if (!long.TryParse(externalTicketId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return [];
        }

        var payloads = new List<SourcePayload>();
        foreach (var file in Catalog())
        {
            var body = await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false);
            if (file.CommentsTicketId == externalTicketId || Mentions(body, id))
            {
                payloads.Add(new SourcePayload(Path.GetRelativePath(directory, file.Path), body) { ExternalTicketId = file.CommentsTicketId });
            }
        }

        return payloads;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="cursor"/> is null.</exception>
    public ValueTask AckAsync(SourceCursor cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        AckedCursor = cursor;
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"ticket[s_\-/\\]*(\d+)[_\-/\\]*comments", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsFileName();

    private static bool Mentions(byte[] body, long id)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            bool Matches(JsonElement item, string property) =>
                item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var found) && found == id;

            return (root.TryGetProperty("tickets", out var tickets) && tickets.ValueKind == JsonValueKind.Array && tickets.EnumerateArray().Any(t => Matches(t, "id")))
                || (root.TryGetProperty("ticket", out var ticket) && Matches(ticket, "id"))
                || (root.TryGetProperty("audits", out var audits) && audits.ValueKind == JsonValueKind.Array && audits.EnumerateArray().Any(a => Matches(a, "ticket_id")));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Orders a file: group, then a position within the group, then its relative path.</summary>
    private static (int Group, long Position) Classify(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (9, 0);
            }

            if (root.TryGetProperty("tickets", out _))
            {
                // Time-based export pages order by end_time; others keep their name order.
                var position = root.TryGetProperty("end_time", out var end) && end.ValueKind == JsonValueKind.Number && end.TryGetInt64(out var seconds) ? seconds : 0;
                return (0, position);
            }

            return root.TryGetProperty("ticket", out _) ? (1, 0)
                : root.TryGetProperty("audits", out _) || root.TryGetProperty("audit", out _) ? (2, 0)
                : root.TryGetProperty("comments", out _) ? (3, 0)
                : (9, 0);
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return (9, 0);
        }
    }

    private List<FixtureFile> Catalog()
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The Zendesk fixture folder {directory} does not exist.");
        }

        return [.. Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(path =>
            {
                var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
                var (group, position) = Classify(path);
                var match = CommentsFileName().Match(relative);
                var sortKey = string.Create(CultureInfo.InvariantCulture, $"{group}/{position:D20}/{relative}");
                return new FixtureFile(path, sortKey, match.Success ? match.Groups[1].Value : null);
            })
            .OrderBy(file => file.SortKey, StringComparer.Ordinal)];
    }

    private sealed record FixtureFile(string Path, string SortKey, string? CommentsTicketId);
}
