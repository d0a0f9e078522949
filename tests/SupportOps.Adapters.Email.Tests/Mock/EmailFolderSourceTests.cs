using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Email.DependencyInjection;
using SupportOps.Adapters.Email.Mock;
using SupportOps.Adapters.Email.Normalization;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Registry;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Email.Tests.Mock;

public sealed class EmailFolderSourceTests
{
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 12, 0));

    [Fact]
    public async Task RunAsync_SupportThread_BuildsOneTicketInDateOrder()
    {
        var store = new InMemoryEventStore(clock);

        var result = await Pipeline(store, new InMemoryDeadLetterStore()).RunAsync(new EmailFolderSource(Fixture.Folder("support")), new EmailNormalizer(["help@supportops.example", "supportops.example"]));

        Assert.True(result.Completed, result.LastError);
        Assert.Equal(4, result.EventsAppended);
        Assert.Equal(1, result.DuplicatesSkipped);
        var stream = await store.ReadStreamAsync("email:inv-4411-1@customer.example");
        Assert.Equal(
            [TicketEventKind.TicketCreated, TicketEventKind.CustomerMessage, TicketEventKind.AgentPublicReply, TicketEventKind.CustomerMessage],
            stream.Select(e => e.Event.Kind));
    }

    [Fact]
    public async Task RunAsync_WholeFolderTwice_SecondRunAppendsNothingAndMalformedMailIsDeadLettered()
    {
        var store = new InMemoryEventStore(clock);
        var deadLetters = new InMemoryDeadLetterStore();
        var first = await Pipeline(store, deadLetters).RunAsync(new EmailFolderSource(Fixture.Folder()), new EmailNormalizer(["supportops.example"]));

        var second = await Pipeline(store, deadLetters).RunAsync(new EmailFolderSource(Fixture.Folder()), new EmailNormalizer(["supportops.example"]));

        Assert.True(first.Completed, first.LastError);
        Assert.Equal(3, first.DeadLettered);
        Assert.Equal(1, first.Ignored);
        Assert.Equal(0, second.EventsAppended);
        Assert.Equal(3, (await deadLetters.ReadAllAsync()).Count);
        var rfcThread = await store.ReadStreamAsync("email:1234@local.machine.example");
        Assert.Equal(["1234@local.machine.example", "3456@example.net", "abcd.1234@local.machine.tld"], rfcThread.Select(e => e.Event).OfType<CustomerMessage>().Select(m => m.MessageId));
    }

    [Fact]
    public async Task FetchTicketAsync_RootId_ReturnsEveryMessageOfTheThread()
    {
        var sut = new EmailFolderSource(Fixture.Folder("support"));

        Assert.Equal(2, (await sut.FetchTicketAsync("inv-4411-1@customer.example")).Count);
        Assert.Equal(2, (await sut.FetchTicketAsync("reply-1@supportops.example")).Count);
    }

    [Fact]
    public void AddEmail_MockMode_BindsSupportAddressesAndResolvesTheFolderSource()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Adapters:Email:FixturesPath"] = Fixture.Folder("support"),
            ["Adapters:Email:SupportAddresses:0"] = "supportops.example",
        }).Build();
        var services = new ServiceCollection();
        services.AddSupportOpsAdapters(configuration).AddEmail().AddEmail();
        using var provider = services.BuildServiceProvider();

        var resolution = provider.GetRequiredService<AdapterRegistry>().Resolve(EventSource.Email);

        Assert.IsType<EmailFolderSource>(resolution.TicketSource);
        var normalized = resolution.Normalizer!.Normalize(Fixture.Payload("support/02-agent-reply.eml"));
        Assert.IsType<AgentPublicReply>(Assert.Single(normalized.Tickets[0].Events).Event);
    }

    private IngestPipeline Pipeline(IEventStore store, IDeadLetterStore deadLetters) =>
        new(store, deadLetters, new InMemoryCursorStore(), clock, Options.Create(new IngestPipelineOptions()));
}
