using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Tests.Reference;
using SupportOps.SlaEngine.Tests.Support;
using SupportOps.SlaEngine.Timers;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed class SlaEvaluatorPropertyTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Evaluate_SameInputs_Meets_Specification(TicketCase ticket, TicketCase other)
    {
        var sut = Evaluator();

        var first = StateSummary.Of(sut.Evaluate(ticket.Occurrences, ticket.Now));
        _ = sut.Evaluate(other.Occurrences, other.Now);
        var again = StateSummary.Of(sut.Evaluate(ticket.Occurrences, ticket.Now));
        var fresh = StateSummary.Of(Evaluator().Evaluate(ticket.Occurrences, ticket.Now));

        return first == again && first == fresh;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Evaluate_InsertedPause_Meets_Specification(ConversationCase ticket, NonNegativeInt pauseStart, NonNegativeInt pauseLength)
    {
        var sut = Evaluator();
        var created = ticket.Occurrences[0].At;
        var span = (ticket.Now - created).TotalMinutes;
        var from = created + Duration.FromMinutes(pauseStart.Get % (span + 1));
        var to = from + Duration.FromMinutes(pauseLength.Get % ((ticket.Now - from).TotalMinutes + 1));
        var paused = Insert(Insert(ticket.Occurrences, new StatusChanged(from, TicketStatus.PendingCustomer)), new StatusChanged(to, TicketStatus.Open));

        var without = sut.Evaluate(ticket.Occurrences, ticket.Now);
        var with = sut.Evaluate(paused, ticket.Now);

        foreach (var timer in without.Timers)
        {
            var pausedCycles = with.Timer(timer.Kind)!.Cycles;
            if (pausedCycles.Length != timer.Cycles.Length)
            {
                return false;
            }

            for (var i = 0; i < pausedCycles.Length; i++)
            {
                if (pausedCycles[i].Due < timer.Cycles[i].Due)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Evaluate_RunningUnpausedCycle_Meets_Specification(ConversationCase ticket)
    {
        var sut = Evaluator();

        var state = sut.Evaluate(ticket.Occurrences, ticket.Now);

        foreach (var timer in state.Timers)
        {
            foreach (var cycle in timer.Cycles)
            {
                if (cycle.Status != SlaCycleStatus.Running)
                {
                    continue;
                }

                var elapsed = NewYork.Between(cycle.Start, ticket.Now);
                var remaining = cycle.IsBreached ? cycle.Target - elapsed : NewYork.Between(ticket.Now, cycle.Due);
                if (cycle.Elapsed != elapsed || cycle.Remaining != remaining || elapsed + remaining != cycle.Target)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Evaluate_Breach_Meets_Specification(TicketCase ticket)
    {
        var sut = Evaluator();

        var state = sut.Evaluate(ticket.Occurrences, ticket.Now);

        var anyBreached = false;
        foreach (var timer in state.Timers)
        {
            foreach (var cycle in timer.Cycles)
            {
                // Breached iff the due instant came before the cycle was fulfilled (or, if still active, before now).
                var end = cycle.EndedAt ?? ticket.Now;
                if (cycle.IsBreached != (end >= cycle.Due) || (cycle.IsBreached && cycle.BreachedAt != cycle.Due))
                {
                    return false;
                }

                anyBreached |= cycle.IsBreached;
            }
        }

        return anyBreached == state.EverBreached;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Evaluate_OriginalDue_Meets_Specification(TicketCase ticket)
    {
        var sut = Evaluator();

        var state = sut.Evaluate(ticket.Occurrences, ticket.Now);

        // The original due instant is the cycle's original target counted from its start, whatever
        // pauses, re-targets, solves and reopens happened since.
        foreach (var timer in state.Timers)
        {
            foreach (var cycle in timer.Cycles)
            {
                if (cycle.OriginalDue != SlaFixtures.Calendars.Get(cycle.CalendarName!).Add(cycle.Start, cycle.OriginalTarget))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Evaluate_Warnings_Meets_Specification(TicketCase ticket)
    {
        var sut = Evaluator(Standard(policy => policy.WarnWhenRemaining(Duration.FromHours(2))));

        var state = sut.Evaluate(ticket.Occurrences, ticket.Now);

        // Exactly the thresholds whose share of the target has elapsed, in the order they were reached.
        foreach (var timer in state.Timers)
        {
            foreach (var cycle in timer.Cycles)
            {
                var expected = sut.Policies.Default.Timer(timer.Kind)!.Warnings
                    .Where(threshold => cycle.Target > Duration.Zero && threshold.ElapsedFor(cycle.Target) <= cycle.Elapsed);
                if (!cycle.Warnings.Select(w => w.Threshold.ToString()).Order().SequenceEqual(expected.Select(t => t.ToString()).Order())
                    || cycle.Warnings.Zip(cycle.Warnings.Skip(1)).Any(pair => pair.First.ReachedAt > pair.Second.ReachedAt)
                    || cycle.Warnings.Any(w => w.ReachedAt < cycle.Start || (cycle.IsBreached && w.ReachedAt > cycle.Due)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 15)]
    public bool Evaluate_AgainstMinuteSteppingCalendar_Meets_Specification(TicketCase ticket)
    {
        var sut = Evaluator();
        var reference = new SlaEvaluator(Standard(), SlaCalendarSet.Create("new-york", new MinuteSteppingCalendar(NewYork, Duration.FromDays(60))).With("london", London));

        return StateSummary.Of(sut.Evaluate(ticket.Occurrences, ticket.Now)) == StateSummary.Of(reference.Evaluate(ticket.Occurrences, ticket.Now));
    }

    private static ImmutableArray<TicketOccurrence> Insert(ImmutableArray<TicketOccurrence> occurrences, TicketOccurrence occurrence)
    {
        var index = 1;
        while (index < occurrences.Length && occurrences[index].At <= occurrence.At)
        {
            index++;
        }

        return occurrences.Insert(index, occurrence);
    }

    /// <summary>A valid ticket history of any kind of occurrence, and an evaluation instant.</summary>
    public sealed record TicketCase(ImmutableArray<TicketOccurrence> Occurrences, Instant Now)
    {
        public override string ToString() => $"now {Now}: {string.Join(", ", Occurrences)}";
    }

    /// <summary>A ticket history of messages, replies and notes only (no status or priority change).</summary>
    public sealed record ConversationCase(ImmutableArray<TicketOccurrence> Occurrences, Instant Now)
    {
        public override string ToString() => $"now {Now}: {string.Join(", ", Occurrences)}";
    }

    public static class Arbitraries
    {
        // Starts around the spring-forward and fall-back weekends, a plain week, Christmas and a Friday evening.
        private static readonly string[] Anchors = ["2026-03-06 15:00", "2026-10-30 16:30", "2026-11-30 08:00", "2026-12-23 12:00", "2026-12-04 18:00"];

        public static Arbitrary<TicketCase> Tickets() =>
            History(actionCount: 10).Select(h => new TicketCase(h.Occurrences, h.Now)).ToArbitrary();

        public static Arbitrary<ConversationCase> Conversations() =>
            History(actionCount: 5).Select(h => new ConversationCase(h.Occurrences, h.Now)).ToArbitrary();

        private static Gen<(ImmutableArray<TicketOccurrence> Occurrences, Instant Now)> History(int actionCount) =>
            from anchor in Gen.Elements(Anchors)
            from offset in Gen.Choose(0, 600)
            from priority in Gen.Elements(Priority.P0, Priority.P1, Priority.P2, Priority.P3)
            from count in Gen.Choose(0, 14)
            from steps in Gen.ListOf(Gen.Choose(0, 720).Zip(Gen.Choose(0, actionCount - 1)), count)
            from tail in Gen.Choose(0, 3000)
            select Build(Ny(anchor) + Duration.FromMinutes(offset), priority, steps, tail);

        private static (ImmutableArray<TicketOccurrence>, Instant) Build(Instant created, Priority priority, IEnumerable<(int Gap, int Action)> steps, int tail)
        {
            var occurrences = ImmutableArray.CreateBuilder<TicketOccurrence>();
            occurrences.Add(new TicketCreated(created, priority, CustomerTier.Standard, Channel.Email));
            var at = created;
            var solved = false;
            foreach (var (gap, action) in steps)
            {
                at += Duration.FromMinutes(gap);
                switch (action)
                {
                    case 0 or 1:
                        occurrences.Add(new CustomerMessageReceived(at));
                        break;
                    case 2 or 3:
                        occurrences.Add(new AgentReplied(at));
                        break;
                    case 4:
                        occurrences.Add(new InternalNoteAdded(at));
                        break;
                    case 5 when !solved:
                        occurrences.Add(new StatusChanged(at, TicketStatus.PendingCustomer));
                        break;
                    case 6 when !solved:
                        occurrences.Add(new StatusChanged(at, TicketStatus.OnHold));
                        break;
                    case 7:
                        occurrences.Add(new StatusChanged(at, TicketStatus.Open));
                        solved = false;
                        break;
                    case 8:
                        occurrences.Add(solved ? new TicketReopened(at) : new StatusChanged(at, TicketStatus.Solved));
                        solved = !solved;
                        break;
                    case 9:
                        occurrences.Add(new PriorityChanged(at, (Priority)(gap % 4)));
                        break;
                }
            }

            return (occurrences.ToImmutable(), at + Duration.FromMinutes(tail));
        }
    }
}
