using System.Text.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.Email.Mock;
using SupportOps.Adapters.Email.Normalization;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Slack.Mock;
using SupportOps.Adapters.Slack.Normalization;
using SupportOps.Adapters.Zendesk.Mock;
using SupportOps.Adapters.Zendesk.Normalization;
using SupportOps.EventTimeline.Exports;
using SupportOps.IngestCli.Storage;

namespace SupportOps.IngestCli.Commands;

/// <summary>The <c>ingest</c> and <c>export</c> commands.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private const string UsageText = """
        usage:
          supportops-ingest ingest [--zendesk DIR] [--slack DIR] [--email DIR] [--support-address ADDRESS_OR_DOMAIN]... --store FILE
          supportops-ingest export --store FILE --format jsonl|csv|markdown [--ticket ID] [--out FILE]

        ingest   runs the mock adapters over folders of saved payloads into a JSON Lines event store,
                 prints the per-source results as one JSON object, keeps dead letters in FILE.deadletters.jsonl
                 and cursors in FILE.cursors.json; running it again appends only what is new.
        export   writes the timeline (or one ticket) as JSON Lines, CSV or a Markdown transcript.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IClock clock, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0)
        {
            await error.WriteLineAsync(UsageText).ConfigureAwait(false);
            return Usage;
        }

        if (!CommandLine.TryParse(args[1..], out var options, out var problem))
        {
            return await UsageAsync(error, problem).ConfigureAwait(false);
        }

        try
        {
            return args[0] switch
            {
                "ingest" => await IngestAsync(options, output, error, clock, cancellationToken).ConfigureAwait(false),
                "export" => await ExportAsync(options, output, error, clock, cancellationToken).ConfigureAwait(false),
                _ => await UsageAsync(error, $"unknown command '{args[0]}'").ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    private static async Task<int> UsageAsync(TextWriter error, string problem)
    {
        await error.WriteLineAsync($"{problem}\n\n{UsageText}").ConfigureAwait(false);
        return Usage;
    }

    private static async Task<int> IngestAsync(CommandLine options, TextWriter output, TextWriter error, IClock clock, CancellationToken cancellationToken)
    {
        if (options.Store is null)
        {
            return await UsageAsync(error, "ingest needs --store FILE").ConfigureAwait(false);
        }

        var adapters = new List<(ITicketSource Source, ITicketNormalizer Normalizer)>();
        if (options.Zendesk is { } zendesk)
        {
            adapters.Add((new ZendeskFixtureSource(zendesk), new ZendeskNormalizer()));
        }

        if (options.Slack is { } slack)
        {
            adapters.Add((new SlackEventsFixtureSource(slack), new SlackNormalizer()));
        }

        if (options.Email is { } email)
        {
            adapters.Add((new EmailFolderSource(email), new EmailNormalizer(options.SupportAddresses)));
        }

        if (adapters.Count == 0)
        {
            return await UsageAsync(error, "ingest needs at least one of --zendesk, --slack, --email").ConfigureAwait(false);
        }

        foreach (var (source, _) in adapters)
        {
            var health = await source.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
            if (health.Status == AdapterHealthStatus.Unhealthy)
            {
                await error.WriteLineAsync($"error: {health.Description}").ConfigureAwait(false);
                return Failed;
            }
        }

        var store = await JsonLinesEventStore.OpenAsync(options.Store, clock, cancellationToken).ConfigureAwait(false);
        var deadLetterPath = options.Store + ".deadletters.jsonl";
        var pipeline = new IngestPipeline(
            store,
            new JsonLinesDeadLetterStore(deadLetterPath),
            new JsonFileCursorStore(options.Store + ".cursors.json"),
            clock,
            Options.Create(new IngestPipelineOptions()));

        var results = new List<SourceIngestResult>();
        foreach (var (source, normalizer) in adapters)
        {
            results.Add(await pipeline.RunAsync(source, normalizer, cancellationToken).ConfigureAwait(false));
        }

        await output.WriteLineAsync(IngestReport.ToJson(results, Path.GetFullPath(options.Store), store.Count, Path.GetFullPath(deadLetterPath))).ConfigureAwait(false);
        return results.All(result => result.Completed) ? Ok : Failed;
    }

    private static async Task<int> ExportAsync(CommandLine options, TextWriter output, TextWriter error, IClock clock, CancellationToken cancellationToken)
    {
        if (options.Store is null || options.Format is null)
        {
            return await UsageAsync(error, "export needs --store FILE and --format jsonl|csv|markdown").ConfigureAwait(false);
        }

        ITimelineExporter? exporter = options.Format switch
        {
            "jsonl" => new JsonLinesTimelineExporter(),
            "csv" => new CsvTimelineExporter(),
            "markdown" or "md" => new MarkdownTranscriptExporter(),
            _ => null,
        };
        if (exporter is null)
        {
            return await UsageAsync(error, $"unknown format '{options.Format}'").ConfigureAwait(false);
        }

        if (!File.Exists(options.Store))
        {
            await error.WriteLineAsync($"error: the store {options.Store} does not exist").ConfigureAwait(false);
            return Failed;
        }

        var store = await JsonLinesEventStore.OpenAsync(options.Store, clock, cancellationToken).ConfigureAwait(false);
        var events = options.Ticket is { } ticket
            ? await store.ReadStreamAsync(ticket, 1, cancellationToken).ConfigureAwait(false)
            : await store.ReadRangeAsync(new Interval(null, null), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (options.Ticket is not null && events.Count == 0)
        {
            await error.WriteLineAsync($"error: no ticket '{options.Ticket}' in {options.Store}").ConfigureAwait(false);
            return Failed;
        }

        if (options.Out is { } outPath)
        {
            await using var file = new StreamWriter(outPath);
            await exporter.WriteAsync(file, events, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await exporter.WriteAsync(output, events, cancellationToken).ConfigureAwait(false);
        }

        return Ok;
    }
}
