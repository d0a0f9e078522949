using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.CommandCenter.Rollups;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Rollups;

public sealed partial class RollupFactExtractorTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void Extract_RandomStreams_Meets_Specification(int seed)
    {
        var (stream, replies, escalations) = Arbitraries.Stream(seed);
        var envelopes = stream.Envelopes();
        var final = EventTimeline.Snapshots.TicketReducer.Rebuild(stream.TicketId, envelopes);
        var open = final.Status is TicketStatus.New or TicketStatus.Open or TicketStatus.PendingCustomer or TicketStatus.OnHold;

        var facts = _sut.Extract(stream.TicketId, envelopes);

        Assert.Single(facts, f => f.Metric == RollupMetrics.Created);
        Assert.Equal(replies > 0 ? 1 : 0, facts.Count(f => f.Metric == RollupMetrics.FirstReply));
        Assert.Equal(escalations, facts.Count(f => f.Metric == RollupMetrics.Escalated));
        Assert.Equal(open ? 0 : 1, facts.Count(f => f.Metric == RollupMetrics.Solved) - facts.Count(f => f.Metric == RollupMetrics.Reopened));

        // The backlog: in each key the running count is 0 or 1, and overall the ticket is in it exactly when open.
        var running = new Dictionary<RollupDimensions, int>();
        foreach (var fact in facts.Where(f => f.Metric == RollupMetrics.Backlog))
        {
            running[fact.Dimensions] = running.GetValueOrDefault(fact.Dimensions) + fact.Count;
            Assert.InRange(running[fact.Dimensions], 0, 1);
            Assert.InRange(running.Values.Sum(), 0, 1);
        }

        Assert.Equal(open ? 1 : 0, running.Values.Sum());
        Assert.All(facts, f => Assert.True(f.Count is 1 or -1 && f.Seconds >= 0, f.ToString()));
        var first = facts[0].Day;
        Assert.All(facts.Where(f => !f.Metric.StartsWith("sla_", StringComparison.Ordinal)), f => Assert.True(f.Day >= first, f.ToString()));
    }

    public static class Arbitraries
    {
        private static readonly string[] Queues = ["billing", "technical", "accounts"];
        private static readonly string?[] Agents = [null, "agent-1", "agent-2"];
        private static readonly TicketStatus[] Statuses = Enum.GetValues<TicketStatus>();

        public static Arbitrary<int> Seeds() => Gen.Choose(0, 1_000_000).ToArbitrary();

        /// <summary>A random ticket: created, then up to 25 messages, replies, status changes, moves, assignments and escalations, some late.</summary>
        internal static (TicketStreamBuilder Stream, int Replies, int Escalations) Stream(int seed)
        {
            var random = new Random(seed);
            var at = Instant.FromUtc(2026, 3, 1, 0, 0) + Duration.FromMinutes(random.Next(0, 7 * 24 * 60));
            var stream = new TicketStreamBuilder($"P-{seed}").Created(at, queue: Queues[random.Next(Queues.Length)], priority: (Priority)random.Next(0, 4));
            var replies = 0;
            var escalations = 0;
            for (var i = random.Next(0, 26); i > 0; i--)
            {
                // Mostly forward in time, sometimes a late event up to a day earlier.
                at += random.Next(10) == 0 ? -Duration.FromMinutes(random.Next(0, 24 * 60)) : Duration.FromMinutes(random.Next(0, 12 * 60));
                switch (random.Next(6))
                {
                    case 0: stream.CustomerMessage(at, "Any news?"); break;
                    case 1: stream.Reply(at); replies++; break;
                    case 2: stream.Status(at, Statuses[random.Next(Statuses.Length)]); break;
                    case 3: stream.Queue(at, Queues[random.Next(Queues.Length)]); break;
                    case 4: stream.Assign(at, Agents[random.Next(Agents.Length)]); break;
                    default: stream.Escalate(at); escalations++; break;
                }
            }

            return (stream, replies, escalations);
        }
    }
}
