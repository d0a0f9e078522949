using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

/// <summary>Start-up when another instance creates the same roles at the same moment.</summary>
public sealed class IdentityInitializerClashTests(IdentityInitializerClashTests.ClashFactory factory) : IClassFixture<IdentityInitializerClashTests.ClashFactory>
{
    [Fact]
    public async Task StartAsync_AnotherInstanceCreatedARoleAfterOurCheck_RetriesAndSucceeds()
    {
        var sut = Initializer();
        factory.Lies.Remaining = IdentityInitializer.MaxAttempts - 1;

        await sut.StartAsync(CancellationToken.None);

        Assert.Equal(0, factory.Lies.Remaining);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(Roles.All.Count, await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().Roles.CountAsync());
    }

    [Fact]
    public async Task StartAsync_ClashesOnEveryAttempt_Throws()
    {
        var sut = Initializer();
        factory.Lies.Remaining = IdentityInitializer.MaxAttempts;

        await Assert.ThrowsAsync<IdentityClashException>(() => sut.StartAsync(CancellationToken.None));
        Assert.Equal(0, factory.Lies.Remaining);
    }

    private IdentityInitializer Initializer()
    {
        _ = factory.Server;
        return factory.Services.GetServices<IHostedService>().OfType<IdentityInitializer>().Single();
    }

    /// <summary>Says a role is missing while <see cref="Remaining"/> is positive, as a check that ran just before another instance created it.</summary>
    public sealed class RoleLies
    {
        public int Remaining { get; set; }
    }

    public sealed class ClashFactory : CommandCenterFactory
    {
        public RoleLies Lies { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Lies);
                services.AddScoped<RoleManager<IdentityRole>, StaleCheckRoleManager>();
            });
        }
    }

    private sealed class StaleCheckRoleManager(
        IRoleStore<IdentityRole> store,
        IEnumerable<IRoleValidator<IdentityRole>> roleValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        ILogger<RoleManager<IdentityRole>> logger,
        RoleLies lies)
        : RoleManager<IdentityRole>(store, roleValidators, keyNormalizer, errors, logger)
    {
        public override async Task<bool> RoleExistsAsync(string roleName)
        {
            var exists = await base.RoleExistsAsync(roleName);
            if (exists && lies.Remaining > 0)
            {
                lies.Remaining--;
                return false;
            }

            return exists;
        }
    }
}
