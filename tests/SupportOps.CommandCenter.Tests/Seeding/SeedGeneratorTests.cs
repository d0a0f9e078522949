using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Seeding;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Seeding;

public sealed class SeedGeneratorTests
{
    private static readonly Instant Anchor = Instant.FromUtc(2026, 3, 10, 15, 0);

    [Fact]
    public void Generate_SameSeedAndAnchor_SameEvents()
    {
        var first = Render(SeedGenerator.Generate(new SeedOptions { Seed = 5 }, Anchor));
        var second = Render(SeedGenerator.Generate(new SeedOptions { Seed = 5 }, Anchor));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentEvents()
    {
        var first = Render(SeedGenerator.Generate(new SeedOptions { Seed = 5 }, Anchor));
        var second = Render(SeedGenerator.Generate(new SeedOptions { Seed = 6 }, Anchor));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_Defaults_RealisticWorkload()
    {
        var sut = SeedGenerator.Generate(new SeedOptions(), Anchor);

        Assert.Equal(120, sut.Count);
        Assert.Equal(120, sut.Select(r => r.TicketId).Distinct().Count());
        var created = sut.Select(r => (TicketCreated)r.Events[0].Event).ToList();
        Assert.Equal(
            [Channel.Email, Channel.Web, Channel.Chat, Channel.Slack, Channel.Social],
            created.Select(c => c.Channel).Distinct().Order());
        Assert.True(created.Select(c => c.Tier).Distinct().Count() >= 3);
        Assert.True(created.Select(c => c.RequesterId).Distinct().Count() >= 20);
        var statuses = sut.Select(r => r.Events.Select(e => e.Event).OfType<StatusChanged>().LastOrDefault()?.To ?? TicketStatus.New).ToHashSet();
        Assert.Superset(new HashSet<TicketStatus> { TicketStatus.New, TicketStatus.PendingCustomer, TicketStatus.Open, TicketStatus.Solved }, statuses);
    }

    [Fact]
    public void Generate_Agents_EightOrMoreInTwoTeams()
    {
        Assert.True(SeedGenerator.Agents.Length >= 8);
        Assert.Equal(2, SeedGenerator.Agents.Select(a => a.Team).Distinct().Count());
    }

    [Fact]
    public void Generate_Arrivals_PeakInTheDayAndQuietAtNight()
    {
        var hours = SeedGenerator.Generate(new SeedOptions { Tickets = 2000, Days = 28 }, Anchor)
            .Select(r => r.Events[0].OccurredAt.InZone(SeedGenerator.ArrivalZone).Hour)
            .ToList();

        var day = hours.Count(h => h is >= 9 and < 17);
        var night = hours.Count(h => h is < 5);
        Assert.True(day > 8 * night, $"day {day}, night {night}");
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 25)]
    public void Generate_AnySeedAndSize_Meets_Specification(int seed, PositiveInt size)
    {
        var options = new SeedOptions { Seed = seed, Tickets = size.Get, Days = 1 + (size.Get % 20) };

        var sut = SeedGenerator.Generate(options, Anchor);

        Assert.Equal(size.Get, sut.Count);
        Assert.All(sut, request =>
        {
            Assert.Equal(ExpectedVersion.NoStream, request.ExpectedVersion);
            Assert.IsType<TicketCreated>(request.Events[0].Event);
            Assert.Equal(request.Events.Length, request.Events.Select(e => e.DedupeKey).Distinct().Count());
            Assert.All(request.Events, e => Assert.InRange(e.OccurredAt, Anchor - Duration.FromDays(options.Days), Anchor - Duration.Epsilon));
            Assert.Equal(request.Events.Select(e => e.OccurredAt).Order(), request.Events.Select(e => e.OccurredAt));
        });
    }

    [Fact]
    public async Task Seeding_TwoHostsWithTheSameSeedAndClock_StoreTheSameEvents()
    {
        using var first = new SeededCommandCenterFactory();
        using var second = new SeededCommandCenterFactory();

        Assert.Equal(await ReadAllAsync(first), await ReadAllAsync(second));
    }

    private static async Task<List<string>> ReadAllAsync(CommandCenterFactory factory)
    {
        _ = factory.Server; // starts the host, which migrates and seeds
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IEventStore>();
        var events = await store.ReadRangeAsync(new NodaTime.Interval(null, null));
        return [.. events.Select(TimelineJson.Serialize)];
    }

    private static List<string> Render(IReadOnlyList<AppendRequest> requests)
        => [.. requests.SelectMany(r => r.Events.Select(e => $"{r.TicketId} {e.OccurredAt} {e.Actor} {e.Source} {e.DedupeKey} {TimelineJson.SerializeEvent(e.Event)}"))];

    public static class Arbitraries
    {
        public static Arbitrary<PositiveInt> Sizes() => Gen.Choose(1, 150).Select(i => PositiveInt.NewPositiveInt(i)).ToArbitrary();
    }
}
