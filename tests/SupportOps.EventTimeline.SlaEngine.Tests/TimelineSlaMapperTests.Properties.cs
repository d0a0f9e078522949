using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;
using SupportOps.Testing;
using Occ = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.EventTimeline.SlaEngine.Tests;

public sealed partial class TimelineSlaMapperTests
{
    private static readonly SlaEvaluator PropertyEvaluator = new(
        new SlaPolicySetBuilder()
            .Default("standard", policy => policy
                .FirstResponse(timer => timer.Target(Duration.FromHours(2)))
                .NextResponse(timer => timer.Target(Duration.FromHours(4)))
                .Resolution(timer => timer.Target(Duration.FromHours(8))))
            .Build(),
        SlaCalendarSet.Create("utc", new BusinessCalendarBuilder(DateTimeZone.Utc).AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0)).Build()));

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void ToOccurrences_AnyTimeline_GivesAValidTimeOrderedStreamTheEvaluatorAccepts_Meets_Specification(int seed)
    {
        var events = Arbitraries.Stream(seed);

        var sut = TimelineSlaMapper.ToOccurrences(events);

        Assert.IsType<Occ.TicketCreated>(sut[0]);
        Assert.All(sut.Skip(1), o => Assert.IsNotType<Occ.TicketCreated>(o));
        for (var i = 1; i < sut.Length; i++)
        {
            Assert.True(sut[i].At >= sut[i - 1].At);
        }

        var state = PropertyEvaluator.Evaluate(sut.AsSpan(), sut[^1].At + Duration.FromDays(1));
        Assert.NotNull(state);
    }

    /// <summary>Random streams with clock skew, repeated statuses, reopens, closes followed by more events, and every event kind the mapper reads.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<int> Seeds() => Gen.Choose(0, 1_000_000).ToArbitrary();

        public static IReadOnlyList<EventEnvelope> Stream(int seed)
        {
            var random = new Random(seed);
            var at = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Unspecified).AddMinutes(random.Next(0, 5000));
            var stream = new TicketStream("T", Text(at), (Priority)random.Next(4), (Channel)random.Next(7));
            var count = random.Next(0, 25);
            for (var i = 0; i < count; i++)
            {
                // Mostly forward, sometimes backwards (source clocks disagree).
                at = at.AddMinutes(random.Next(-30, 600));
                var when = Text(at);
                switch (random.Next(8))
                {
                    case 0: stream.Customer(when); break;
                    case 1: stream.Reply(when); break;
                    case 2: stream.Note(when); break;
                    case 3: stream.Status(when, (TicketStatus)random.Next(6)); break;
                    case 4: stream.PriorityTo(when, (Priority)random.Next(4)); break;
                    case 5: stream.Assign(when, "agent-" + random.Next(3)); break;
                    case 6: stream.Solve(when); break;
                    default: stream.Reopen(when); break;
                }
            }

            return stream.Events;
        }

        private static string Text(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
