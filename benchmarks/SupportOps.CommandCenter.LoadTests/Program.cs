using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.LoadTests;
using SupportOps.CommandCenter.Seeding;

// Usage (see README.md):
//   dotnet run -c Release --project benchmarks/SupportOps.CommandCenter.LoadTests -- [--provider sqlite|postgresql]
//     [--connection <npgsql connection string of a role that may create databases>] [--tickets 100000] [--days 30]
//     [--inbox-requests 2000] [--concurrency 8] [--ingest-tickets 2000] [--keep (leave the database for inspection)]
//     [--phases seed,inbox,append,webhook,reports,refresh] [--webhook-deliveries 1000] [--tickets-per-delivery 3] [--comments 4]
//     [--report-requests 10]
/// <summary>The harness: seed, inbox, ingest (append API and webhook API), refresh (see README.md).</summary>
internal static class LoadTest
{
    public static async Task Main(string[] args)
    {
        var options = Options.Parse(args);
        var now = Instant.FromUtc(2026, 3, 10, 15, 0); // a Tuesday, 11:00 in New York: business hours, so timers run
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"Command center load test: {options.Provider}, {options.Tickets:N0} tickets over {options.Days} days, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));

        var (connectionString, cleanUp) = CreateDatabase(options);
        try
        {
            using var host = LoadTestHost.Start(options.Provider, connectionString, now);
            using var client = host.CreateClient();

            // 1. Seeding: generate the workload, then the bulk import (events, snapshots, projections).
            if (options.Runs("seed"))
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var generate = Stopwatch.StartNew();
                var requests = SeedGenerator.Generate(new SeedOptions { Seed = 42, Tickets = options.Tickets, Days = options.Days }, now, scope.ServiceProvider.GetRequiredService<TicketStateCalculator>());
                generate.Stop();
                var cpu = Environment.CpuUsage.TotalTime;
                var import = Stopwatch.StartNew();
                var (tickets, events) = await scope.ServiceProvider.GetRequiredService<BulkTicketImporter>().ImportAsync(requests);
                import.Stop();
                cpu = Environment.CpuUsage.TotalTime - cpu;
                var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
                var open = await db.TicketSnapshots.CountAsync(t => t.Status != "solved" && t.Status != "closed");
                Console.WriteLine(string.Create(culture, $"seed: {tickets:N0} tickets, {events:N0} events ({open:N0} open): generate {generate.Elapsed.TotalSeconds:F1} s + import {import.Elapsed.TotalSeconds:F1} s = {(generate.Elapsed + import.Elapsed).TotalSeconds:F1} s (import CPU time {cpu.TotalSeconds:F1} s)"));
            }

            // 2. Inbox first page, risk-sorted, with one filter; every query warmed up before any is measured.
            string[] queries = options.Runs("inbox") ? ["status=open", "channel=email", "breached=true"] : [];
            foreach (var query in queries)
            {
                await Latencies.MeasureAsync(100, 2, _ => GetAsync(client, $"/api/v1/tickets?sort=risk&limit=50&{query}"));
            }

            foreach (var query in queries)
            {
                var url = $"/api/v1/tickets?sort=risk&limit=50&{query}";
                var inbox = await Latencies.MeasureAsync(options.InboxRequests, options.Concurrency, _ => GetAsync(client, url));
                Console.WriteLine($"inbox first page ({query}): {inbox}");
            }

            // 3. Ingest through the append API: new tickets of 5 events each, every 5th batch sent twice (deduplicated).
            if (options.Runs("append"))
            {
            var stored = 0;
            var ingestCpu = Environment.CpuUsage.TotalTime;
            var ingest = await Latencies.MeasureAsync(options.IngestTickets + (options.IngestTickets / 5), options.Concurrency, async i =>
            {
                var ticket = i < options.IngestTickets ? i : (i - options.IngestTickets) * 5;
                using var response = await client.PostAsync($"/api/v1/tickets/L-{ticket:D6}/events", new StringContent(IngestBody(ticket, now), Encoding.UTF8, "application/json"));
                response.EnsureSuccessStatusCode();
                var result = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
                Interlocked.Add(ref stored, result.GetProperty("appended").GetInt32());
            });
            ingestCpu = Environment.CpuUsage.TotalTime - ingestCpu;
            Console.WriteLine(string.Create(culture, $"ingest (append API, 5 events per request, 1 in 6 requests a full duplicate): {stored:N0} events stored in {ingest.Elapsed.TotalSeconds:F1} s = {stored / ingest.Elapsed.TotalSeconds:F0} events/s (host and client CPU time {ingestCpu.TotalSeconds:F1} s); {ingest}"));
            }

            // 3b. Ingest through the signed webhook API (Zendesk audits, several tickets per delivery), every 5th delivery sent again.
            if (options.Runs("webhook"))
            {
                await WebhookPhase.RunAsync(client, options, now);
            }

            // 3c. The same kind of deliveries straight into IngestService, one at a time (what the ingest itself costs).
            if (options.Runs("direct"))
            {
                await DirectIngestPhase.RunAsync(host.Services, options, now);
            }

            // 3d. Reports: the executive report (JSON and PDF) and the dashboards, one request at a time after a warm-up.
            if (options.Runs("reports"))
            {
                string[] reports =
                [
                    "/api/v1/reports/executive?period=last_30_days",
                    "/api/v1/reports/executive.pdf?period=last_30_days",
                    "/api/v1/dashboards/executive?period=last_30_days",
                    "/api/v1/dashboards/operations?period=last_30_days",
                    "/api/v1/workload?days=7",
                ];
                foreach (var url in reports)
                {
                    await GetAsync(client, url);
                    var latencies = await Latencies.MeasureAsync(options.ReportRequests, 1, _ => GetAsync(client, url));
                    Console.WriteLine($"report {url}: {latencies}");
                }
            }

            // 4. Full SLA and risk refresh of every open ticket, one minute later.
            if (options.Runs("refresh"))
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var refresher = scope.ServiceProvider.GetRequiredService<SnapshotRefresher>();
                var refreshCpu = Environment.CpuUsage.TotalTime;
                var refresh = Stopwatch.StartNew();
                var refreshed = await refresher.RefreshOpenTicketsAsync(now + Duration.FromMinutes(1));
                refresh.Stop();
                refreshCpu = Environment.CpuUsage.TotalTime - refreshCpu;
                Console.WriteLine(string.Create(culture, $"refresh: {refreshed:N0} open tickets in {refresh.Elapsed.TotalSeconds:F2} s (CPU time {refreshCpu.TotalSeconds:F1} s)"));
            }
        }
        finally
        {
            cleanUp();
        }
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.CopyToAsync(Stream.Null);
    }

    private static string IngestBody(int ticket, Instant now)
    {
        var id = $"L-{ticket:D6}";
        string Event(int n, string type, string actor) => $$"""{"event":{{type}},"occurred_at":"{{now - Duration.FromMinutes(50 - (n * 5))}}","actor":{"kind":"{{actor}}","id":"{{actor}}-{{ticket % 97}}"},"source":"api","dedupe_key":"load:{{id}}:{{n}}"}""";
        var events = new[]
        {
            Event(1, """{"type":"ticket_created","subject":"Load test","channel":"email","priority":"p2","tier":"standard","requester_id":"cust-load","tags":[]}""", "customer"),
            Event(2, """{"type":"customer_message","message_id":"m1","author_id":"cust-load","body":"Help","channel":"email","attachments":[]}""", "customer"),
            Event(3, """{"type":"agent_public_reply","message_id":"r1","author_id":"agent-1","body":"On it.","channel":"email","attachments":[]}""", "agent"),
            Event(4, """{"type":"customer_message","message_id":"m2","author_id":"cust-load","body":"Thanks","channel":"email","attachments":[]}""", "customer"),
            Event(5, """{"type":"agent_public_reply","message_id":"r2","author_id":"agent-1","body":"Done.","channel":"email","attachments":[]}""", "agent"),
        };
        return $$"""{"expected_version":null,"events":[{{string.Join(',', events)}}]}""";
    }

    private static (string ConnectionString, Action CleanUp) CreateDatabase(Options options)
    {
        if (options.Provider == DatabaseOptions.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"commandcenter-load-{Path.GetRandomFileName()}.db");
            return ($"Data Source={path}", () =>
            {
                if (options.Keep)
                {
                    Console.WriteLine($"kept: {path}");
                    return;
                }

                SqliteConnection.ClearAllPools();
                File.Delete(path);
            });
        }

        var server = options.Connection
            ?? Environment.GetEnvironmentVariable("SUPPORTOPS_TEST_POSTGRES")
            ?? (File.Exists("artifacts/postgres-test-connection.txt") ? File.ReadAllText("artifacts/postgres-test-connection.txt").Trim() : null)
            ?? throw new InvalidOperationException("PostgreSQL: pass --connection, set SUPPORTOPS_TEST_POSTGRES or run .ci/services from the repository root.");
        var database = $"cc_load_{Path.GetRandomFileName().Replace(".", string.Empty, StringComparison.Ordinal)}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 50 }.ConnectionString;
        return (connectionString, () =>
        {
            if (options.Keep)
            {
                Console.WriteLine($"kept: database {database}");
                return;
            }

            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";

            // An autovacuum worker (which a non-superuser may not terminate) can hold the database for a while after the import.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    drop.ExecuteNonQuery();
                    return;
                }
                catch (PostgresException exception) when (attempt < 120 && exception.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
                {
                    Thread.Sleep(500);
                }
            }
        });
    }
}

/// <summary>The harness's command line.</summary>
internal sealed record Options(string Provider, string? Connection, int Tickets, int Days, int InboxRequests, int Concurrency, int IngestTickets, bool Keep)
{
    public IReadOnlySet<string> Phases { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "seed", "inbox", "append", "webhook", "reports", "refresh" };

    public int WebhookDeliveries { get; init; } = 1_000;

    public int TicketsPerDelivery { get; init; } = 3;

    public int Comments { get; init; } = 4;

    public int ReportRequests { get; init; } = 10;

    public bool Runs(string phase) => Phases.Contains(phase);

    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var provider = (Value("--provider") ?? DatabaseOptions.Sqlite).ToLowerInvariant();
        if (provider is not (DatabaseOptions.Sqlite or DatabaseOptions.PostgreSql))
        {
            throw new ArgumentException($"--provider must be {DatabaseOptions.Sqlite} or {DatabaseOptions.PostgreSql}.", nameof(args));
        }

        return new Options(provider, Value("--connection"), Number("--tickets", 100_000), Number("--days", 30), Number("--inbox-requests", 2_000), Number("--concurrency", 8), Number("--ingest-tickets", 2_000), args.Contains("--keep"))
        {
            Phases = Value("--phases") is { } phases ? new HashSet<string>(phases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal) { "seed", "inbox", "append", "webhook", "reports", "refresh" },
            WebhookDeliveries = Number("--webhook-deliveries", 1_000),
            TicketsPerDelivery = Number("--tickets-per-delivery", 3),
            Comments = Number("--comments", 4),
            ReportRequests = Number("--report-requests", 10),
        };
    }
}
