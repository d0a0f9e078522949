using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Ports;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Background;

public sealed class BackgroundWorkExtensionsTests
{
    [Fact]
    public void AddBackgroundWork_Defaults_RegistersJobsSinksClaimStrategyAndTheWebhookPolicy()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicationServices();
        builder.AddCommandCenterSecurity();

        builder.AddBackgroundWork();

        using var provider = builder.Services.BuildServiceProvider();
        Assert.Equal(6, provider.GetServices<IHostedService>().Count(s => s.GetType().Name.StartsWith("PeriodicJobService", StringComparison.Ordinal)));
        Assert.Equal([OutboxChannel.Slack, OutboxChannel.Email], provider.GetServices<INotificationSink>().Select(s => s.Channel));
        Assert.IsType<ConditionalUpdateOutboxClaimStrategy>(provider.GetRequiredService<IOutboxClaimStrategy>());
        var policy = provider.GetRequiredService<IOptions<AuthorizationOptions>>().Value.GetPolicy(AuthorizationPolicies.IngestWebhook);
        Assert.NotNull(policy);
        Assert.Equal([WebhookSignatureAuthenticationHandler.SchemeName], policy.AuthenticationSchemes);
        var options = provider.GetRequiredService<IOptions<BackgroundOptions>>().Value;
        Assert.Equal((true, TimeSpan.FromMinutes(2)), (options.Enabled, options.LeaseDuration));
    }

    [Fact]
    public void AddBackgroundWork_CalledTwice_RegistersOnce()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicationServices();

        builder.AddBackgroundWork();
        builder.AddBackgroundWork();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(LeasedJobRunner));
        Assert.Equal(2, builder.Services.Count(d => d.ServiceType == typeof(INotificationSink)));
        Assert.Equal(6, builder.Services.Count(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name.StartsWith("PeriodicJobService", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void AddBackgroundWork_SinkRegisteredFirst_KeepsItAndAddsNoMocks()
    {
        var builder = WebApplication.CreateBuilder();
        var sink = new FakeNotificationSink(OutboxChannel.Email);
        builder.Services.AddSingleton<INotificationSink>(sink);

        builder.AddBackgroundWork();

        using var provider = builder.Services.BuildServiceProvider();
        Assert.Same(sink, Assert.Single(provider.GetServices<INotificationSink>()));
    }

    [Theory]
    [InlineData("CommandCenter:Background:OutboxInterval", "00:00:00", "CommandCenter:Background:OutboxInterval must be positive")]
    [InlineData("CommandCenter:Background:LeaseDuration", "00:00:01", "CommandCenter:Background:LeaseDuration must be at least 3 seconds")]
    [InlineData("CommandCenter:Outbox:MaxAttempts", "0", "CommandCenter:Outbox:MaxAttempts must be 1..100")]
    [InlineData("CommandCenter:Notifications:UrgentPriorities:0", "urgent", "CommandCenter:Notifications:UrgentPriorities has 'urgent'")]
    [InlineData("CommandCenter:ExecutiveReport:Time", "8am", "CommandCenter:ExecutiveReport:Time must be HH:mm")]
    [InlineData("CommandCenter:Webhooks:MaxBodyBytes", "10", "CommandCenter:Webhooks:MaxBodyBytes must be 1 KiB..64 MiB")]
    public void AddBackgroundWork_InvalidSetting_FailsValidationNamingTheKey(string key, string value, string message)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[key] = value;
        builder.AddBackgroundWork();
        using var provider = builder.Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<BackgroundOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<OutboxOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<NotificationOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<ExecutiveReportOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<WebhookOptions>>().Value;
        });

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
