using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.DeadLetters;

/// <summary>
/// An <see cref="IDeadLetterStore"/> over a JSON Lines file: one object per line with
/// <c>source</c>, <c>payload_id</c>, <c>reason</c>, <c>dead_lettered_at</c> (ISO-8601),
/// <c>fingerprint</c> and either <c>payload</c> (when the bytes are valid UTF-8) or
/// <c>payload_base64</c>.
/// </summary>
/// <remarks>
/// <para>
/// The file is read once when the store is opened; each <see cref="AddAsync"/> appends one line
/// and flushes it to disk before returning. A torn last line (a crash mid-write) is skipped on
/// load. Thread-safe within one process; one process should own a file at a time.
/// </para>
/// </remarks>
public sealed class JsonLinesDeadLetterStore : IDeadLetterStore
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string path;
    private readonly InMemoryDeadLetterStore loaded = new();
    private bool isLoaded;
    private bool needsLineBreak;

    /// <summary>Initializes a store over a file, created on first write.</summary>
    /// <param name="path">The file path. Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public JsonLinesDeadLetterStore(string path) => this.path = Guard.NotNullOrWhiteSpace(path);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="deadLetter"/> is null.</exception>
    public async ValueTask<bool> AddAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(deadLetter);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            if (!await loaded.AddAsync(deadLetter, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var line = Serialize(deadLetter);
            await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            if (needsLineBreak)
            {
                // The file ended in a torn line: start on a fresh one so this entry stays readable.
                stream.WriteByte((byte)'\n');
                needsLineBreak = false;
            }

            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetter>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            return await loaded.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    internal static byte[] Serialize(DeadLetter deadLetter)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("source", deadLetter.Source);
            writer.WriteString("payload_id", deadLetter.PayloadId);
            writer.WriteString("reason", deadLetter.Reason);
            writer.WriteString("dead_lettered_at", InstantPattern.ExtendedIso.Format(deadLetter.DeadLetteredAt));
            writer.WriteString("fingerprint", deadLetter.Fingerprint);
            if (deadLetter.TryGetText(out var text))
            {
                writer.WriteString("payload", text);
            }
            else
            {
                writer.WriteBase64String("payload_base64", deadLetter.RawPayload.Span);
            }

            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    internal static DeadLetter? Deserialize(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var payload = root.TryGetProperty("payload", out var text)
                ? Encoding.UTF8.GetBytes(text.GetString() ?? string.Empty)
                : root.GetProperty("payload_base64").GetBytesFromBase64();
            var at = InstantPattern.ExtendedIso.Parse(root.GetProperty("dead_lettered_at").GetString() ?? string.Empty).GetValueOrThrow();
            return new DeadLetter(
                root.GetProperty("source").GetString()!,
                root.GetProperty("payload_id").GetString()!,
                root.GetProperty("reason").GetString()!,
                payload,
                at);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or UnparsableValueException or ArgumentException)
        {
            return null;
        }
    }

    private async ValueTask EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (isLoaded)
        {
            return;
        }

        if (File.Exists(path))
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            needsLineBreak = bytes.Length > 0 && bytes[^1] != (byte)'\n';
            foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                if (!string.IsNullOrWhiteSpace(line) && Deserialize(line) is { } deadLetter)
                {
                    await loaded.AddAsync(deadLetter, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        isLoaded = true;
    }
}
