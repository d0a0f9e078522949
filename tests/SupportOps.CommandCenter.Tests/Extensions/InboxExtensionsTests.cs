using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Extensions;

public sealed class InboxExtensionsTests
{
    [Fact]
    public void AddInbox_CalledTwice_RegistersProjectionObserverAndPollerOnce()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddApplicationServices();
        builder.AddInbox();
        builder.AddInbox();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(ITicketProjection) && d.ImplementationType == typeof(InboxCounterProjection));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(ITicketAppendObserver) && d.ImplementationType == typeof(InboxAppendObserver));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null);
        using var provider = builder.Services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<InboxBroadcaster>(), provider.GetRequiredService<InboxBroadcaster>());
        Assert.Same(provider.GetRequiredService<InboxEventPoller>(), provider.GetServices<IHostedService>().OfType<InboxEventPoller>().Single());
        Assert.Equal(TimeSpan.FromSeconds(1), provider.GetRequiredService<IOptions<InboxOptions>>().Value.PollInterval);
    }

    [Theory]
    [InlineData("PollInterval", "00:00:00.010")]
    [InlineData("PollBatchSize", "0")]
    [InlineData("SubscriberCapacity", "1000000")]
    [InlineData("HeartbeatInterval", "01:00:00")]
    public void AddInbox_OutOfRangeOption_FailsValidation(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection([new($"{InboxOptions.Section}:{key}", value)]);

        builder.AddInbox();

        using var provider = builder.Services.BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<InboxOptions>>().Value);
    }
}
