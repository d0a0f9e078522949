using System.Text.Json;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.IngestCli.Storage;

/// <summary>
/// An <see cref="ICursorStore"/> over a small JSON file (<c>{"zendesk": "…", "slack": "…"}</c>),
/// replaced atomically on every save (write a temporary file, flush it, rename it over the old one).
/// </summary>
internal sealed class JsonFileCursorStore : ICursorStore
{
    private readonly string path;
    private readonly SemaphoreSlim gate = new(1, 1);

    public JsonFileCursorStore(string path) => this.path = Path.GetFullPath(path);

    public async ValueTask<SourceCursor?> GetAsync(EventSource source, CancellationToken cancellationToken = default)
    {
        var cursors = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return cursors.TryGetValue(ExternalIds.SourceName(source), out var value) ? new SourceCursor(value) : null;
    }

    public async ValueTask SaveAsync(EventSource source, SourceCursor cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var cursors = await ReadAsync(cancellationToken).ConfigureAwait(false);
            cursors[ExternalIds.SourceName(source)] = cursor.Value;
            var temporary = path + ".tmp";
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                await JsonSerializer.SerializeAsync(file, cursors, CursorJsonContext.Default.SortedDictionaryStringString, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SortedDictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new SortedDictionary<string, string>(StringComparer.Ordinal);
        }

        await using var file = File.OpenRead(path);
        var cursors = await JsonSerializer.DeserializeAsync(file, CursorJsonContext.Default.SortedDictionaryStringString, cancellationToken).ConfigureAwait(false);
        return new SortedDictionary<string, string>(cursors ?? [], StringComparer.Ordinal);
    }
}
