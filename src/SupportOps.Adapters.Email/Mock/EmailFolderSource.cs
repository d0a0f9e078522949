using System.Globalization;
using MimeKit;
using MimeKit.Utils;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Email.Mock;

/// <summary>
/// A mock e-mail <see cref="ITicketSource"/> over a folder of RFC 5322 <c>.eml</c> files (a mailbox
/// exported from a mail client, a Maildir's <c>cur</c> folder renamed to <c>.eml</c>).
/// </summary>
/// <remarks>
/// <para>Files are delivered one per page in the order of their <c>Date</c> header (then relative
/// path), so thread roots are normalized before their replies. The cursor is the sort key of the last
/// file delivered. A file whose headers cannot be read sorts last and is still delivered, so it is
/// dead-lettered. Not thread-safe.</para>
/// </remarks>
public sealed class EmailFolderSource : ITicketSource
{
    private readonly string directory;

    /// <summary>Initializes a source over a folder.</summary>
    /// <param name="directory">The folder (searched recursively). Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public EmailFolderSource(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        this.directory = Path.GetFullPath(directory);
    }

    /// <inheritdoc />
    public EventSource Source => EventSource.Email;

    /// <summary>Gets the last cursor acknowledged through <see cref="AckAsync"/>, or null.</summary>
    public SourceCursor? AckedCursor { get; private set; }

    /// <inheritdoc />
    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Directory.Exists(directory)
            ? AdapterHealth.Healthy($"Mail folder {directory}: {Directory.GetFiles(directory, "*.eml", SearchOption.AllDirectories).Length} messages.")
            : AdapterHealth.Unhealthy($"The mail folder {directory} does not exist."));

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

        var bytes = await File.ReadAllBytesAsync(next.Path, cancellationToken).ConfigureAwait(false);
        return new ChangePage
        {
            Payloads = [new SourcePayload(Path.GetRelativePath(directory, next.Path).Replace('\\', '/'), bytes)],
            Cursor = new SourceCursor(next.SortKey),
            HasMore = files[^1] != next,
        };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="externalTicketId"/> is null.</exception>
    public async ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(externalTicketId);
        var found = new List<SourcePayload>();
        foreach (var file in Catalog())
        {
            if (file.ThreadIds.Contains(externalTicketId))
            {
                var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false);
                found.Add(new SourcePayload(Path.GetRelativePath(directory, file.Path).Replace('\\', '/'), bytes));
            }
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

    private static MailFile Describe(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        try
        {
            using var stream = File.OpenRead(path);
            var headers = HeaderList.Load(stream);
            var date = headers[HeaderId.Date] is { } text && DateUtils.TryParse(text, out var parsed) ? parsed.UtcTicks : long.MaxValue;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in new[] { headers[HeaderId.MessageId], headers[HeaderId.InReplyTo], headers[HeaderId.References] }.OfType<string>())
            {
                foreach (var parsedId in MimeUtils.EnumerateReferences(id))
                {
                    ids.Add(parsedId);
                }
            }

            return new MailFile(path, string.Create(CultureInfo.InvariantCulture, $"{date:D20}/{relative}"), ids);
        }
        catch (Exception exception) when (exception is FormatException or IOException)
        {
            return new MailFile(path, $"{long.MaxValue:D20}/{relative}", []);
        }
    }

    private List<MailFile> Catalog()
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The mail folder {directory} does not exist.");
        }

        return [.. Directory.GetFiles(directory, "*.eml", SearchOption.AllDirectories)
            .Select(path => Describe(directory, path))
            .OrderBy(file => file.SortKey, StringComparer.Ordinal)];
    }

    private sealed record MailFile(string Path, string SortKey, HashSet<string> ThreadIds);
}
