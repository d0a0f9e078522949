using SupportOps.Adapters.Registry;
using SupportOps.CommandCenter.Background;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>
/// The ingest runner: polls every available adapter (mock Zendesk, Slack and email in mock mode) from its
/// saved cursor and appends what it yields. Dedupe keys make a repeated run append nothing.
/// </summary>
/// <param name="registry">The adapters.</param>
/// <param name="ingest">Runs and records each poll.</param>
public sealed class IngestJob(AdapterRegistry registry, IngestService ingest) : IBackgroundJob
{
    /// <summary>The job name.</summary>
    public const string JobName = "ingest";

    /// <inheritdoc />
    public string Name => JobName;

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var runs = await PollAllAsync(cancellationToken).ConfigureAwait(false);
        return string.Join("; ", runs.Select(r => $"{r.Source}: +{r.EventsAppended} events, {r.Duplicates} duplicates, {r.DeadLettered} dead letters, {r.Errors} errors"));
    }

    /// <summary>Polls every available source once, in source order.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The recorded runs.</returns>
    public async Task<IReadOnlyList<IngestRunRecord>> PollAllAsync(CancellationToken cancellationToken = default)
    {
        var runs = new List<IngestRunRecord>();
        foreach (var source in registry.Sources)
        {
            var resolution = registry.Resolve(source);
            if (resolution.IsAvailable)
            {
                runs.Add(await ingest.PollAsync(resolution, cancellationToken).ConfigureAwait(false));
            }
        }

        return runs;
    }
}
