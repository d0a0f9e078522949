using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;

namespace SupportOps.CommandCenter.LoadTests;

/// <summary>
/// Ingest through <c>POST /api/v1/ingest/zendesk</c>: signed deliveries of several new tickets each
/// (<see cref="ZendeskDeliveries"/>), then every fifth delivery sent again byte for byte (an exact
/// re-delivery: deduplicated, stores nothing). Prints stored events per second, per-delivery latency
/// and the process's CPU time (host and client: one process) per stored event.
/// </summary>
internal static class WebhookPhase
{
    private const int WarmUp = 20;

    public static async Task RunAsync(HttpClient client, Options options, Instant now)
    {
        var culture = CultureInfo.InvariantCulture;
        var deliveries = options.WebhookDeliveries;
        var perDelivery = options.TicketsPerDelivery;
        var comments = options.Comments;
        var bodies = Enumerable.Range(0, deliveries + WarmUp).Select(i => ZendeskDeliveries.Body(i, perDelivery, comments, now)).ToArray();

        // Warm-up (JIT, pools, compiled queries) on deliveries of their own, not measured.
        for (var i = deliveries; i < deliveries + WarmUp; i++)
        {
            await SendAsync(client, bodies[i], now);
        }

        int stored = 0, duplicates = 0, storedByRedeliveries = 0;
        var redeliveries = deliveries / 5;
        var cpu = Environment.CpuUsage.TotalTime;
        var gc = GcCounters.Now();
        var summary = await Latencies.MeasureAsync(deliveries + redeliveries, options.Concurrency, async i =>
        {
            var isRedelivery = i >= deliveries;
            var delivery = isRedelivery ? (i - deliveries) * 5 : i;
            var result = await SendAsync(client, bodies[delivery], now);
            Interlocked.Add(ref stored, result.Appended);
            Interlocked.Add(ref duplicates, result.Duplicates);
            if (isRedelivery)
            {
                Interlocked.Add(ref storedByRedeliveries, result.Appended);
            }
        });
        cpu = Environment.CpuUsage.TotalTime - cpu;
        var gcUsed = GcCounters.Now() - gc;

        var expected = deliveries * ZendeskDeliveries.EventsPerDelivery(perDelivery, comments);
        Console.WriteLine(string.Create(culture, $"ingest (webhook API, Zendesk audits: {perDelivery} tickets × {comments + 2} events per delivery, {bodies[0].Length:N0} bytes; 1 in 6 deliveries an exact re-delivery): {stored:N0} events stored (expected {expected:N0}; re-deliveries stored {storedByRedeliveries}, {duplicates:N0} duplicates skipped) in {summary.Elapsed.TotalSeconds:F1} s = {stored / summary.Elapsed.TotalSeconds:F0} events/s; host and client CPU time {cpu.TotalSeconds:F1} s = {cpu.TotalMilliseconds * 1000 / Math.Max(1, stored):F0} µs per stored event; per delivery {summary}; {gcUsed.Describe(stored)}"));
        if (stored != expected || storedByRedeliveries != 0)
        {
            throw new InvalidOperationException($"The webhook phase stored {stored} events ({storedByRedeliveries} by re-deliveries); expected {expected} and none.");
        }
    }

    private static async Task<(int Appended, int Duplicates)> SendAsync(HttpClient client, byte[] body, Instant now)
    {
        using var request = ZendeskDeliveries.Request(body, now);
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/v1/ingest/zendesk: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (result.GetProperty("events_appended").GetInt32(), result.GetProperty("duplicates").GetInt32());
    }
}
