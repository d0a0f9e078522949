using System.Collections.Immutable;
using System.Globalization;
using SupportOps.Analytics.Inputs;
using SupportOps.EventTimeline.Events;
using SupportOps.Testing;

namespace SupportOps.Analytics.Tests.Support;

/// <summary>Random but reproducible ticket histories around the test week, reaching reopens, pauses, reassignments and closes.</summary>
internal static class RandomTickets
{
    private static readonly string[] Agents = ["a1", "a2", "a3"];
    private static readonly string[] Queues = ["billing", "support", "tech"];

    public static ImmutableArray<TicketHistory> Generate(int seed, int count, bool withSla)
    {
        var random = new Random(seed);
        var start = new DateTime(2026, 11, 16, 0, 0, 0, DateTimeKind.Unspecified);
        var tickets = ImmutableArray.CreateBuilder<TicketHistory>(count);
        for (var t = 0; t < count; t++)
        {
            var at = start.AddMinutes(random.Next(0, 21 * 24 * 60));
            var stream = new TicketStream(
                "T" + t.ToString(CultureInfo.InvariantCulture),
                Text(at),
                (Priority)random.Next(4),
                (Channel)random.Next(7),
                random.Next(4) == 0 ? null : Queues[random.Next(Queues.Length)]);
            var status = TicketStatus.New;
            var steps = random.Next(0, 10);
            for (var s = 0; s < steps && status != TicketStatus.Closed; s++)
            {
                at = at.AddMinutes(random.Next(1, 36 * 60));
                var when = Text(at);
                switch (random.Next(9))
                {
                    case 0: stream.Customer(when); break;
                    case 1: stream.Reply(when, Agents[random.Next(Agents.Length)]); break;
                    case 2: stream.Assign(when, random.Next(5) == 0 ? null : Agents[random.Next(Agents.Length)]); break;
                    case 3: stream.Status(when, status = TicketStatus.PendingCustomer); break;
                    case 4: stream.Status(when, status = TicketStatus.Open); break;
                    case 5: stream.Solve(when); status = TicketStatus.Solved; break;
                    case 6: stream.Escalate(when); break;
                    case 7: stream.Queue(when, Queues[random.Next(Queues.Length)]); break;
                    default:
                        if (status == TicketStatus.Solved)
                        {
                            stream.Status(when, status = TicketStatus.Closed);
                        }

                        break;
                }
            }

            var history = new TicketHistory(stream.Events);
            tickets.Add(withSla ? history.WithSla(Fixtures.Evaluator, Fixtures.WeekEnd) : history);
        }

        return tickets.MoveToImmutable();
    }

    private static string Text(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
