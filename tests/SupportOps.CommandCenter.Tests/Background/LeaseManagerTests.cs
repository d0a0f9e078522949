using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Background;

public sealed class LeaseManagerTests : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 10, 15, 0);
    private static readonly Duration Lease = Duration.FromMinutes(2);
    private readonly string _path = WorkerFactory.NewDatabasePath();

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        WorkerFactory.DeleteDatabase(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TryAcquireAsync_ManyInstancesAtOnce_ExactlyOneWins()
    {
        var owners = Enumerable.Range(1, 8).Select(i => $"instance-{i}").ToList();

        var results = await Task.WhenAll(owners.Select(async owner =>
        {
            await using var db = CreateContext();
            var sut = new LeaseManager(db);
            return (owner, won: await sut.TryAcquireAsync("job:x", owner, Lease, T0));
        }));

        var winner = Assert.Single(results, r => r.won);
        await using var check = CreateContext();
        var row = await check.Leases.SingleAsync();
        Assert.Equal(winner.owner, row.Owner);
        Assert.Equal((T0 + Lease).ToUnixTimeTicks(), row.ExpiresAtTicks);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldAndNotExpired_OtherInstanceLoses()
    {
        await using var db = CreateContext();
        var sut = new LeaseManager(db);
        Assert.True(await sut.TryAcquireAsync("job:x", "a", Lease, T0));

        Assert.False(await sut.TryAcquireAsync("job:x", "b", Lease, T0 + Lease - Duration.FromSeconds(1)));
        Assert.Equal("a", (await db.Leases.AsNoTracking().SingleAsync()).Owner);
    }

    [Fact]
    public async Task TryAcquireAsync_OwnerDiedAndLeaseExpired_OtherInstanceTakesOverAndOldOwnerCannotRenew()
    {
        await using var db = CreateContext();
        var sut = new LeaseManager(db);
        Assert.True(await sut.TryAcquireAsync("job:x", "a", Lease, T0));

        var later = T0 + Lease;
        Assert.True(await sut.TryAcquireAsync("job:x", "b", Lease, later));

        Assert.False(await sut.TryRenewAsync("job:x", "a", Lease, later + Duration.FromSeconds(1)));
        Assert.False(await sut.ReleaseAsync("job:x", "a", later + Duration.FromSeconds(1)));
        var row = await db.Leases.AsNoTracking().SingleAsync();
        Assert.Equal("b", row.Owner);
        Assert.Equal(2, row.Generation);
    }

    [Fact]
    public async Task TryRenewAsync_HeldByOwner_ExtendsTheExpiry()
    {
        await using var db = CreateContext();
        var sut = new LeaseManager(db);
        Assert.True(await sut.TryAcquireAsync("job:x", "a", Lease, T0));

        var renewedAt = T0 + Duration.FromMinutes(1);
        Assert.True(await sut.TryRenewAsync("job:x", "a", Lease, renewedAt));

        Assert.False(await sut.TryAcquireAsync("job:x", "b", Lease, T0 + Lease));
        Assert.Equal((renewedAt + Lease).ToUnixTimeTicks(), (await db.Leases.AsNoTracking().SingleAsync()).ExpiresAtTicks);
    }

    [Fact]
    public async Task ReleaseAsync_ByOwner_LetsAnotherInstanceAcquireAtOnce()
    {
        await using var db = CreateContext();
        var sut = new LeaseManager(db);
        Assert.True(await sut.TryAcquireAsync("job:x", "a", Lease, T0));

        Assert.True(await sut.ReleaseAsync("job:x", "a", T0 + Duration.FromSeconds(5)));

        Assert.True(await sut.TryAcquireAsync("job:x", "b", Lease, T0 + Duration.FromSeconds(5)));
    }

    [Fact]
    public async Task TryAcquireAsync_SameOwnerAgain_IsReentrant()
    {
        await using var db = CreateContext();
        var sut = new LeaseManager(db);
        Assert.True(await sut.TryAcquireAsync("job:x", "a", Lease, T0));

        Assert.True(await sut.TryAcquireAsync("job:x", "a", Lease, T0 + Duration.FromSeconds(30)));

        Assert.Equal(1, (await db.Leases.AsNoTracking().SingleAsync()).Generation);
    }

    [Fact]
    public async Task TryAcquireAsync_NonPositiveDuration_Throws()
    {
        await using var db = CreateContext();
        var sut = new LeaseManager(db);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.TryAcquireAsync("job:x", "a", Duration.Zero, T0));
    }

    private CommandCenterDbContext CreateContext()
        => new(new DbContextOptionsBuilder<CommandCenterDbContext>().UseSqlite($"Data Source={_path};Pooling=False;Default Timeout=60").Options);
}
