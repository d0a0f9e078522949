using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Routing;
using SupportOps.CommandCenter.Settings;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.CommandCenter.Tests.Extensions;

public sealed class TicketOpsExtensionsTests
{
    [Fact]
    public void AddTicketOps_AfterApplicationServices_SlaEvaluationFollowsTheActiveSettings()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicationServices();

        builder.AddTicketOps();

        using var provider = builder.Services.BuildServiceProvider();
        var active = provider.GetRequiredService<ActiveSettings>();
        Assert.Same(active.Current.SlaEvaluator, provider.GetRequiredService<SlaEvaluator>());
        Assert.Equal("cc-1", active.Current.RoutingPolicy.Version);
        using var scope = provider.CreateScope();
        Assert.IsType<EfAuditLog>(scope.ServiceProvider.GetRequiredService<IAuditLog>());
        Assert.Contains(scope.ServiceProvider.GetServices<ITicketProjection>(), p => p is RoutingProjection);
        Assert.NotNull(provider.GetRequiredService<TicketStateCalculator>());
    }

    [Fact]
    public void AddTicketOps_CalledTwice_RegistersOnce()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicationServices();

        builder.AddTicketOps();
        builder.AddTicketOps();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(ActiveSettings));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IAuditLog));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(SlaEvaluator));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(TicketStateCalculator));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(ITicketProjection) && d.ImplementationType == typeof(RoutingProjection));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TicketOpsInitializer));
    }
}
