using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.Benchmarks.Risk;

/// <summary>One score with its reasons. Target: at most 30 ns and 0 bytes.</summary>
public class RiskScoreBenchmark
{
    private readonly RiskScorer _scorer = new();
    private RiskInputs _inputs;

    [GlobalSetup]
    public void Setup()
    {
        // Five factors apply, so the reasons have to be ranked and one dropped.
        _inputs = new RiskInputs(Duration.FromHours(5), Duration.FromHours(3), Duration.FromHours(8))
        {
            IsAssigned = true,
            AssigneeLoad = 0.9,
            QueueBacklog = 0.85,
            Channel = Channel.Chat,
            Priority = Priority.P1,
        };
        var fast = _scorer.Score(_inputs);
        var naive = NaiveRiskScorer.Score(_inputs);
        if (Math.Abs(fast.Score - naive.Score) > 1e-9 || !fast.Reasons.SequenceEqual(naive.Reasons))
        {
            throw new InvalidOperationException($"The baseline disagrees: {fast} vs {naive.Score} {string.Join(",", naive.Reasons)}");
        }
    }

    [Benchmark(Baseline = true)]
    public (double, RiskBand, List<RiskReason>) LinqScorer() => NaiveRiskScorer.Score(_inputs);

    [Benchmark]
    public RiskScore RiskScorer() => _scorer.Score(_inputs);
}
