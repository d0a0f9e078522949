using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.RoutingEngine;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.Benchmarks.Routing;

/// <summary>
/// One routing decision with 200 agents and policy v1 (target: at most 2 µs, allocating only the
/// decision). Baseline: a straightforward LINQ router computing the same pick for an agent-pool rule.
/// </summary>
[MemoryDiagnoser]
public class RoutingDecisionBenchmark
{
    private Router _router = null!;
    private CapacitySnapshot _capacity = null!;
    private RoutingTicket _ticket = null!;

    /// <summary>R6: any active agent (every agent evaluated); R5: skill general; R3: skill billing.</summary>
    [Params("R3", "R5", "R6")]
    public string Rule { get; set; } = "R6";

    [GlobalSetup]
    public void Setup()
    {
        _router = new Router(RoutingPolicy.DefaultV1);
        _capacity = RoutingBenchmarkData.Agents(200, 5, 20);
        _ticket = Rule switch
        {
            "R3" => new RoutingTicket("T-42", Priority.P2, 30, CustomerTier.Premium, Channel.Email, ["billing"], RoutingBenchmarkData.Now),
            "R5" => new RoutingTicket("T-42", Priority.P2, 65, CustomerTier.Standard, Channel.Chat, [], RoutingBenchmarkData.Now),
            _ => new RoutingTicket("T-42", Priority.P3, 20, CustomerTier.Free, Channel.Web, ["question"], RoutingBenchmarkData.Now),
        };

        var decision = Router();
        var linq = LinqRouter();
        if (decision.AssigneeId != linq)
        {
            throw new InvalidOperationException($"The LINQ baseline picked {linq}, the router {decision.AssigneeId}.");
        }
    }

    [Benchmark(Baseline = true)]
    public string? LinqRouter() => LinqRoute(RoutingPolicy.DefaultV1, _ticket, _capacity, RoutingBenchmarkData.Now);

    [Benchmark]
    public RoutingDecision Router() => _router.DryRun(_ticket, _capacity, null, RoutingBenchmarkData.Now);

    /// <summary>The obvious implementation: LINQ over agents, doubles for ratios, a fresh HMAC object.</summary>
    private static string? LinqRoute(RoutingPolicy policy, RoutingTicket ticket, CapacitySnapshot capacity, Instant now)
    {
        var rule = policy.Rules.First(r => r.Conditions.IsEmpty || r.Conditions.Any(c => c.Evaluate(ticket) == RuleConditionKinds.None));
        var skill = rule.Target.Id;
        var agents = capacity.Agents.OrderBy(a => a.Id, StringComparer.Ordinal).Select((agent, index) => (agent, index)).ToList();
        var eligible = agents
            .Where(x => skill is null || x.agent.Skills.Contains(skill))
            .Where(x => x.agent.Status == AgentStatus.Online)
            .Where(x => x.agent.Capacity > 0 && x.agent.Load < x.agent.Capacity)
            .Where(x => !x.agent.ChannelCapacity.TryGetValue(ticket.Channel, out var c) || x.agent.ChannelLoad.GetValueOrDefault(ticket.Channel) < c)
            .Where(x => x.agent.Shift.Contains(now.InZone(x.agent.TimeZone).LocalDateTime))
            .ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var bitmap = new byte[(agents.Count + 7) / 8];
        eligible.ForEach(x => bitmap[x.index / 8] |= (byte)(1 << (x.index % 8)));
        var inputs = ticket.Canonical
            .Concat(Convert.FromHexString(capacity.Fingerprint))
            .Concat(bitmap)
            .Concat(new byte[] { 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xfe, 0, 0 })
            .ToArray();
        var hash = SHA256.HashData(inputs);
        var least = eligible.Min(x => (double)x.agent.Load / x.agent.Capacity);
        var tied = eligible.Where(x => (double)x.agent.Load / x.agent.Capacity == least).ToList();
        if (tied.Count == 1)
        {
            return tied[0].agent.Id;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(policy.Salt));
        var point = BinaryPrimitives.ReadUInt64BigEndian(hmac.ComputeHash(hash)) % (ulong)tied.Sum(x => x.agent.Capacity - x.agent.Load);
        ulong cumulative = 0;
        return tied.First(x => point < (cumulative += (ulong)(x.agent.Capacity - x.agent.Load))).agent.Id;
    }
}
