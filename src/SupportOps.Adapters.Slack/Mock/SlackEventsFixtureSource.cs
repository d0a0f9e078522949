using System.Text;
using System.Text.Json;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Slack.Mock;

/// <summary>
/// A mock Slack <see cref="ITicketSource"/> over a folder of saved Events API request bodies:
/// <c>*.json</c> files holding one callback or an array of callbacks, and <c>*.jsonl</c> files holding
/// one callback per line (an event dump).
/// </summary>
/// <remarks>
/// <para>Files are read in ordinal order of their relative paths, one file per page; each callback is
/// one payload (<c>{file}#{index}</c>). The cursor is the relative path of the last file delivered,
/// so files added later with later names are picked up by the next run. A file that is not valid JSON
/// is delivered whole so that it is dead-lettered. Not thread-safe.</para>
/// </remarks>
public sealed class SlackEventsFixtureSource : ITicketSource
{
    private readonly string directory;

    /// <summary>Initializes a source over a folder.</summary>
    /// <param name="directory">The folder (searched recursively). Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public SlackEventsFixtureSource(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = Path.GetFullPath(directory);
    }

    /// <inheritdoc />
    public EventSource Source => EventSource.Slack;

    /// <summary>Gets the last cursor acknowledged through <see cref="AckAsync"/>, or null.</summary>
    public SourceCursor? AckedCursor { get; private set; }

    /// <inheritdoc />
    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Directory.Exists(directory)
            ? AdapterHealth.Healthy($"Slack event dumps in {directory}: {Files().Count} files.")
            : AdapterHealth.Unhealthy($"The Slack fixture folder {directory} does not exist."));

    /// <inheritdoc />
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async ValueTask<ChangePage> ListChangesAsync(SourceCursor? after, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The Slack fixture folder {directory} does not exist.");
        }

        var files = Files();
        var next = files.FirstOrDefault(file => after is null || string.CompareOrdinal(file, after.Value) > 0);
        if (next is null)
        {
            return new ChangePage { Payloads = [], Cursor = after, HasMore = false };
        }

        var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, next), cancellationToken).ConfigureAwait(false);
        return new ChangePage { Payloads = [.. Split(next, bytes)], Cursor = new SourceCursor(next), HasMore = files[^1] != next };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="externalTicketId"/> is null.</exception>
    public async ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(externalTicketId);
        var parts = externalTicketId.Split(':');
        if (parts.Length != 2 || !Directory.Exists(directory))
        {
            return [];
        }

        var found = new List<SourcePayload>();
        foreach (var file in Files())
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, file), cancellationToken).ConfigureAwait(false);
            found.AddRange(Split(file, bytes).Where(payload => BelongsTo(payload, parts[0], parts[1])));
        }

        return found;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="cursor"/> is null.</exception>
    public ValueTask AckAsync(SourceCursor cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        AckedCursor = cursor;
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<SourcePayload> Split(string file, byte[] bytes)
    {
        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var index = 0;
            var start = 0;
            for (var i = 0; i <= bytes.Length; i++)
            {
                if (i == bytes.Length || bytes[i] == (byte)'\n')
                {
                    var line = bytes.AsMemory(start, i - start);
                    if (!line.Span.Trim("\r \t"u8).IsEmpty)
                    {
                        yield return new SourcePayload($"{file}#{index}", line);
                    }

                    index++;
                    start = i + 1;
                }
            }

            yield break;
        }

        List<SourcePayload>? items = null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                items = [.. document.RootElement.EnumerateArray().Select((item, i) => new SourcePayload($"{file}#{i}", Encoding.UTF8.GetBytes(item.GetRawText())))];
            }
        }
        catch (JsonException)
        {
            // Delivered whole below, so the pipeline dead-letters it with the parser's reason.
        }

        if (items is null)
        {
            yield return new SourcePayload(file, bytes);
            yield break;
        }

        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static bool BelongsTo(SourcePayload payload, string channel, string threadTs)
    {
        try
        {
            using var document = JsonDocument.Parse(payload.Body);
            if (!document.RootElement.TryGetProperty("event", out var slackEvent) || slackEvent.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var message = slackEvent.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : slackEvent;
            string? Read(JsonElement item, string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return Read(slackEvent, "channel") == channel && (Read(message, "thread_ts") ?? Read(message, "ts")) == threadTs;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private List<string> Files() =>
        [.. Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
