using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Extensions;

public sealed class ApplicationServiceExtensionsTests
{
    [Fact]
    public void AddApplicationServices_Defaults_RegistersStoreClockAndOptions()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddApplicationServices();

        using var provider = builder.Services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        Assert.IsType<EfEventStore>(scope.ServiceProvider.GetRequiredService<IEventStore>());
#pragma warning disable RS0030 // asserting the DI default
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
#pragma warning restore RS0030
        Assert.NotNull(provider.GetRequiredService<TicketStateCalculator>());
        Assert.Equal(DatabaseOptions.Sqlite, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider);
        Assert.Equal(120, provider.GetRequiredService<IOptions<SeedOptions>>().Value.Tickets);
    }

    [Fact]
    public void AddApplicationServices_CalledTwice_RegistersOnce()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddApplicationServices();
        builder.AddApplicationServices();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IEventStore));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IClock));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(TicketStateCalculator));
    }

    [Fact]
    public void AddApplicationServices_ClockRegisteredFirst_IsKept()
    {
        var builder = WebApplication.CreateBuilder();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 10, 15, 0));
        builder.Services.AddSingleton<IClock>(clock);

        builder.AddApplicationServices();

        using var provider = builder.Services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddApplicationServices_UnsupportedProvider_FailsOptionsValidation()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["CommandCenter:Database:Provider"] = "oracle";

        builder.AddApplicationServices();

        using var provider = builder.Services.BuildServiceProvider();
        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        Assert.Contains("Provider", exception.Message, StringComparison.Ordinal);
    }
}
