using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.Benchmarks.Risk;

/// <summary>One million scores in a batch. Target: at most 30 ms.</summary>
public class RiskBatchBenchmark
{
    private const int Count = 1_000_000;

    private readonly RiskScorer _scorer = new();
    private RiskInputs[] _inputs = [];
    private RiskScore[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var statuses = Enum.GetValues<TicketStatus>();
        var channels = Enum.GetValues<Channel>();
        var priorities = Enum.GetValues<Priority>();
        _inputs = new RiskInputs[Count];
        for (var i = 0; i < Count; i++)
        {
            var target = Duration.FromHours(random.Next(1, 120));
            var used = Duration.FromTicks((long)(target.BclCompatibleTicks * random.NextDouble() * 1.3));
            _inputs[i] = new RiskInputs(used, target - used, target)
            {
                IsBreached = used > target,
                Status = statuses[random.Next(statuses.Length)],
                Channel = channels[random.Next(channels.Length)],
                Priority = priorities[random.Next(priorities.Length)],
                IsAssigned = random.Next(2) == 0,
                AssigneeLoad = random.NextDouble() * 1.2,
                QueueBacklog = random.NextDouble() * 1.2,
            };
        }

        _scores = new RiskScore[Count];
    }

    [Benchmark(Baseline = true)]
    public double LinqScorerLoop()
    {
        double sum = 0;
        foreach (var inputs in _inputs)
        {
            sum += NaiveRiskScorer.Score(inputs).Score;
        }

        return sum;
    }

    [Benchmark]
    public RiskScore[] ScoreBatch()
    {
        _scorer.ScoreBatch(_inputs, _scores);
        return _scores;
    }
}
