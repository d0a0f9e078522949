using BenchmarkDotNet.Attributes;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Simulation;

namespace SupportOps.Benchmarks.Routing;

/// <summary>
/// A simulation of 100,000 tickets over 200 agents with policy v1 (target: at most 500 ms). Capacities
/// are large enough that agents keep taking tickets all day, so nearly every ticket is a real pick.
/// Baseline: the same 100,000 decisions as independent dry runs against the unchanged snapshot.
/// </summary>
[MemoryDiagnoser]
public class RoutingSimulationBenchmark
{
    private RoutingSimulator _simulator = null!;
    private Router _router = null!;
    private CapacitySnapshot _capacity = null!;
    private RoutingTicket[] _tickets = null!;

    [GlobalSetup]
    public void Setup()
    {
        _simulator = new RoutingSimulator();
        _router = new Router(RoutingPolicy.DefaultV1);
        _capacity = RoutingBenchmarkData.Agents(200, 600, 1200);
        _tickets = RoutingBenchmarkData.Tickets(100_000);
    }

    [Benchmark(Baseline = true)]
    public int IndependentDryRuns()
    {
        var assigned = 0;
        foreach (var ticket in _tickets)
        {
            assigned += _router.DryRun(ticket, _capacity, null, ticket.CreatedAt).AssigneeId is null ? 0 : 1;
        }

        return assigned;
    }

    [Benchmark]
    public SimulationResult Simulate() => _simulator.Simulate(RoutingPolicy.DefaultV1, _tickets, _capacity);
}
