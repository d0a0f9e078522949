using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Infrastructure.Providers;

namespace SupportOps.CommandCenter.Tests.Providers;

public sealed class StreamLocksTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task EnterWriterAsync_SqliteSameFile_SecondWaitsUntilTheFirstTurnEnds()
    {
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();

        var turn = await StreamLocks.EnterWriterAsync(first.Database, CancellationToken.None);
        var waiting = StreamLocks.EnterWriterAsync(second.Database, CancellationToken.None);
        await Task.Delay(50);

        Assert.False(waiting.IsCompleted);
        await turn.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task EnterWriterAsync_TurnDisposedTwice_ReleasesOnce()
    {
        await using var db = _database.CreateContext();
        var turn = await StreamLocks.EnterWriterAsync(db.Database, CancellationToken.None);
        await turn.DisposeAsync();
        await turn.DisposeAsync();

        await using var again = await StreamLocks.EnterWriterAsync(db.Database, CancellationToken.None);
        var third = StreamLocks.EnterWriterAsync(db.Database, CancellationToken.None);
        await Task.Delay(50);

        Assert.False(third.IsCompleted);
        await again.DisposeAsync();
        await (await third.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task EnterWriterAsync_Cancelled_ThrowsWithoutTakingTheTurn()
    {
        await using var db = _database.CreateContext();
        await using var turn = await StreamLocks.EnterWriterAsync(db.Database, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StreamLocks.EnterWriterAsync(db.Database, cancel.Token));
    }

    [SkippableFact]
    public async Task EnterWriterAsync_PostgreSql_DoesNotSerializeTheProcess()
    {
        await using var database = new PostgreSqlTestDatabase();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        await using var turn = await StreamLocks.EnterWriterAsync(first.Database, CancellationToken.None);
        var other = StreamLocks.EnterWriterAsync(second.Database, CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
    }

    [SkippableFact]
    public async Task LockStreamAsync_PostgreSqlSameTicket_SecondTransactionWaitsForTheFirstToCommit()
    {
        await using var database = new PostgreSqlTestDatabase();
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        await using var other = database.CreateContext();
        await first.Database.MigrateAsync();

        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await StreamLocks.LockStreamAsync(first.Database, "T-1", CancellationToken.None);
        await using var secondTransaction = await second.Database.BeginTransactionAsync();
        var waiting = StreamLocks.LockStreamAsync(second.Database, "T-1", CancellationToken.None);
        await using var otherTransaction = await other.Database.BeginTransactionAsync();
        await StreamLocks.LockStreamAsync(other.Database, "T-2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100);

        Assert.False(waiting.IsCompleted);
        await firstTransaction.CommitAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
