using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.CommandCenter.Ingest;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.LoadTests;

/// <summary>
/// The webhook phase's deliveries handed straight to <see cref="IngestService"/> (no HTTP, no signature), one at a
/// time: the CPU time the ingest itself costs per stored event, to set against the webhook phase's.
/// </summary>
internal static class DirectIngestPhase
{
    public static async Task RunAsync(IServiceProvider services, Options options, Instant now)
    {
        var culture = CultureInfo.InvariantCulture;
        var first = options.WebhookDeliveries + 100; // tickets of their own
        var bodies = Enumerable.Range(first, options.WebhookDeliveries).Select(i => ZendeskDeliveries.Body(i, options.TicketsPerDelivery, options.Comments, now)).ToArray();
        var adapter = services.GetServices<AdapterDescriptor>().First(a => a.Source == EventSource.Zendesk);
        int stored = 0;
        var cpu = Environment.CpuUsage.TotalTime;
        var elapsed = Stopwatch.StartNew();
        for (var i = 0; i < bodies.Length; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var normalizer = adapter.CreateNormalizer(scope.ServiceProvider);
            var result = await scope.ServiceProvider.GetRequiredService<IngestService>().IngestAsync(EventSource.Zendesk, normalizer, new SourcePayload($"direct:{i}", bodies[i]));
            stored += result.EventsAppended;
        }

        elapsed.Stop();
        cpu = Environment.CpuUsage.TotalTime - cpu;
        Console.WriteLine(string.Create(culture, $"ingest (IngestService directly, one delivery at a time, same deliveries): {stored:N0} events stored in {elapsed.Elapsed.TotalSeconds:F1} s = {stored / elapsed.Elapsed.TotalSeconds:F0} events/s; CPU time {cpu.TotalSeconds:F1} s = {cpu.TotalMilliseconds * 1000 / Math.Max(1, stored):F0} µs per stored event"));
    }
}
