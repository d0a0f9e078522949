using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Tests.Background;

namespace SupportOps.CommandCenter.Tests.Ingest;

public sealed class IngestJobTests
{
    internal static readonly Dictionary<string, string?> MockFolders = new()
    {
        ["Adapters:Zendesk:FixturesPath"] = "MockData/zendesk",
        ["Adapters:Slack:FixturesPath"] = "MockData/slack",
        ["Adapters:Email:FixturesPath"] = "MockData/email",
    };

    [Fact]
    public async Task PollAllAsync_MockAdapters_AppendsTheirTicketsRecordsRunsAndDeadLetters()
    {
        using var factory = new WorkerFactory(settings: MockFolders);

        var runs = await PollAsync(factory);

        Assert.Equal(["email", "slack", "zendesk"], runs.Select(r => r.Source).Order(StringComparer.Ordinal));
        Assert.All(runs, r => Assert.True(r.EventsAppended > 0 && r.Errors == 0 && r.FinishedAtTicks == CommandCenterFactory.Now.ToUnixTimeTicks(), $"{r.Source}: {r.EventsAppended} events, {r.Errors} errors ({r.LastError})"));
        Assert.Equal(1, runs.Single(r => r.Source == "email").DeadLettered);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var tickets = await db.TicketSnapshots.Select(t => t.TicketId).ToListAsync();
        Assert.Contains("zendesk:101", tickets);
        Assert.Contains("email:inv-4411-1@customer.example", tickets);
        Assert.Contains(tickets, t => t.StartsWith("slack:C0HELPDESK:", StringComparison.Ordinal));
        var deadLetter = Assert.Single(await db.DeadLetters.ToListAsync());
        Assert.Equal(("email", IngestTriggers.Poll), (deadLetter.Source, deadLetter.Trigger));
        Assert.Contains("From", deadLetter.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(runs.Sum(r => r.EventsAppended), await db.Events.CountAsync());
        Assert.Equal(3, await db.IngestCursors.CountAsync());
    }

    [Fact]
    public async Task PollAllAsync_RunAgain_AppendsNothingAndStoresNoSecondDeadLetter()
    {
        using var factory = new WorkerFactory(settings: MockFolders);
        await PollAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Forget the cursors: the second run re-reads everything, and dedupe keys make it a no-op.
            await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().IngestCursors.ExecuteDeleteAsync();
        }

        var again = await PollAsync(factory);

        Assert.All(again, r => Assert.Equal(0, r.EventsAppended));
        Assert.True(again.Sum(r => r.Duplicates) > 0);
        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(1, await db.DeadLetters.CountAsync());
        Assert.Equal(6, await db.IngestRuns.CountAsync());
    }

    [Fact]
    public async Task PollAllAsync_NoFixtureFoldersConfigured_RunsNothing()
    {
        using var factory = new WorkerFactory();

        Assert.Empty(await PollAsync(factory));
    }

    private static async Task<IReadOnlyList<IngestRunRecord>> PollAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestJob>().PollAllAsync();
    }
}
