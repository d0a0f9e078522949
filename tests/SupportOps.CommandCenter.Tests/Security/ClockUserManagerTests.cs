using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

/// <summary>Lockout is measured by the injected clock: it starts at the fake clock's now and expires when that clock passes its end.</summary>
public sealed class ClockUserManagerTests
{
    private const string Email = "agent@demo.supportops";

    [Fact]
    public async Task Login_LockedOut_EndsAtTheClocksNowPlusTheLockoutAndExpiresWhenTheClockPassesIt()
    {
        using var factory = new IdentityCommandCenterFactory();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < SecurityExtensions.MaxFailedSignIns; i++)
        {
            (await LoginAsync(client, "Wrong-Password-9")).Dispose();
        }

        var expectedEnd = CommandCenterFactory.Now + Duration.FromTimeSpan(SecurityExtensions.LockoutDuration);
        factory.Clock.Reset(expectedEnd); // the end itself is still locked
        using var atEnd = await LoginAsync(client, DemoUserOptions.DefaultPassword);
        factory.Clock.Reset(expectedEnd + Duration.FromSeconds(1));
        using var after = await LoginAsync(client, DemoUserOptions.DefaultPassword);

        Assert.Equal(HttpStatusCode.Locked, atEnd.StatusCode);
        using var problem = JsonDocument.Parse(await atEnd.Content.ReadAsStringAsync());
        Assert.Equal("2026-03-10T15:15:00Z", problem.RootElement.GetProperty("locked_until").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task IsLockedOutAsync_LockoutEndAroundTheFakeClock_ComparesWithTheClockNotTheSystemTime()
    {
        using var factory = new IdentityCommandCenterFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();
        var user = (await sut.FindByEmailAsync(Email))!;

        // The fake clock is in 2026-03, so an end a minute after it lies in the system clock's past or future
        // depending on when the test runs; only the injected clock decides.
        await sut.SetLockoutEndDateAsync(user, (CommandCenterFactory.Now + Duration.FromMinutes(1)).ToDateTimeOffset());
        var lockedBefore = await sut.IsLockedOutAsync(user);
        factory.Clock.Advance(Duration.FromMinutes(2));
        var lockedAfter = await sut.IsLockedOutAsync(user);

        Assert.IsType<ClockUserManager>(sut);
        Assert.True(lockedBefore);
        Assert.False(lockedAfter);
    }

    [Fact]
    public async Task AccessFailedAsync_ReachingTheLimit_SetsTheEndFromTheInjectedClock()
    {
        using var factory = new IdentityCommandCenterFactory();
        factory.Clock.Reset(Instant.FromUtc(2031, 1, 2, 3, 4, 5));
        await using var scope = factory.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();
        var user = (await sut.FindByEmailAsync(Email))!;

        for (var i = 0; i < SecurityExtensions.MaxFailedSignIns; i++)
        {
            await sut.AccessFailedAsync(user);
        }

        Assert.Equal(Instant.FromUtc(2031, 1, 2, 3, 19, 5).ToDateTimeOffset(), await sut.GetLockoutEndDateAsync(user));
        Assert.Equal(0, await sut.GetAccessFailedCountAsync(user));
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email = Email, password });
}
