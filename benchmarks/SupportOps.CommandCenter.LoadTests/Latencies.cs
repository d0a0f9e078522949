using System.Diagnostics;
using System.Globalization;

namespace SupportOps.CommandCenter.LoadTests;

/// <summary>Runs a bounded number of requests at a fixed concurrency and summarises their latencies.</summary>
internal static class Latencies
{
    /// <summary>Runs <paramref name="count"/> calls of <paramref name="call"/> (given the call's index) on <paramref name="concurrency"/> workers.</summary>
    public static async Task<Summary> MeasureAsync(int count, int concurrency, Func<int, Task> call)
    {
        var samples = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                await call(i).ConfigureAwait(false);
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        total.Stop();
        Array.Sort(samples);
        return new Summary(count, concurrency, total.Elapsed, Percentile(samples, 0.50), Percentile(samples, 0.95), Percentile(samples, 0.99), samples[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>The latencies of one measurement in milliseconds (nearest-rank percentiles).</summary>
    internal sealed record Summary(int Count, int Concurrency, TimeSpan Elapsed, double P50, double P95, double P99, double Max)
    {
        public double PerSecond => Count / Elapsed.TotalSeconds;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Count} requests, concurrency {Concurrency}: p50 {P50:F1} ms, p95 {P95:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms, {PerSecond:F0} req/s");
    }
}
