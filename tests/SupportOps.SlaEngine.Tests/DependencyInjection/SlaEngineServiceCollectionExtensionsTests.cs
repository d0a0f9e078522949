using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Tests.DependencyInjection;

public sealed class SlaEngineServiceCollectionExtensionsTests
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    private static IConfiguration ValidConfiguration(string section = "SlaEngine") => Configuration(
        ($"{section}:PolicySetPath", "policies.json"),
        ($"{section}:Calendars:new-york", "new-york.json"),
        ($"{section}:DefaultCalendar", "new-york"),
        ($"{section}:BaseDirectory", FixtureDirectory));

    private static ServiceProvider Build(IConfiguration configuration, Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        configure(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddSlaEngine_FromConfiguration_RegistersEvaluatorPoliciesCalendarsAndClock()
    {
        using var provider = Build(ValidConfiguration(), services => services.AddSlaEngine());

        provider.GetRequiredService<IStartupValidator>().Validate();
        var sut = provider.GetRequiredService<SlaEvaluator>();

        Assert.Same(sut.Policies, provider.GetRequiredService<SlaPolicySet>());
        Assert.Same(sut.Calendars, provider.GetRequiredService<SlaCalendarSet>());
        Assert.Equal(["urgent", "standard"], sut.Policies.All.Select(p => p.Id));
        Assert.Equal("new-york", sut.Calendars.DefaultName);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddSlaEngine_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddSlaEngine().AddSlaEngine();

        Assert.Single(services, d => d.ServiceType == typeof(SlaEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(SlaPolicySet));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SlaEngineOptions>));
    }

    [Fact]
    public void AddSlaEngine_HostRegisteredClock_ClockPickedUpForEvaluation()
    {
        var now = Instant.FromUtc(2026, 11, 30, 15, 0);
        var clock = new FakeClock(now);
        using var provider = Build(ValidConfiguration(), services => services.AddSingleton<IClock>(clock).AddSlaEngine());
        var sut = provider.GetRequiredService<SlaEvaluator>();

        var state = sut.Evaluate([new TicketCreated(Instant.FromUtc(2026, 11, 30, 14, 0), Priority.P2, CustomerTier.Free, Channel.Web)], provider.GetRequiredService<IClock>());

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Equal(now, state.Now);
        Assert.Equal(Duration.FromHours(1), state.Timer(SlaTimerKind.FirstResponse)!.Current!.Elapsed);
    }

    [Fact]
    public void AddSlaEngine_CustomSection_BindsThatSection()
    {
        using var provider = Build(ValidConfiguration("Support:Sla"), services => services.AddSlaEngine("Support:Sla"));

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("standard", provider.GetRequiredService<SlaPolicySet>().Default.Id);
    }

    [Fact]
    public void AddSlaEngine_ConfigureInCode_UsesInlinePolicyJson()
    {
        using var provider = Build(Configuration(), services => services.AddSlaEngine(options =>
            options.PolicySetJson = """{"default": {"id": "inline", "timers": {"resolution": {"targetMinutes": 60}}}}"""));

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("inline", provider.GetRequiredService<SlaEvaluator>().Policies.Default.Id);
    }

    [Theory]
    [InlineData(null, null, null, "SlaEngine:PolicySetPath or SlaEngine:PolicySetJson must be set")]
    [InlineData("missing.json", null, null, "SlaEngine:PolicySetPath: the file 'missing.json' does not exist")]
    [InlineData("policies.json", "missing.json", null, "SlaEngine:Calendars:new-york: the file 'missing.json' does not exist")]
    [InlineData("policies.json", "new-york.json", "paris", "SlaEngine:DefaultCalendar is 'paris', which is not in SlaEngine:Calendars (new-york)")]
    [InlineData("new-york.json", "new-york.json", null, "SlaEngine:PolicySetPath: the policy set is invalid: timeZone: unknown field 'timeZone'")]
    [InlineData("policies.json", "policies.json", null, "SlaEngine:Calendars:new-york: the calendar in 'policies.json' is invalid")]
    public void AddSlaEngine_InvalidOptions_FailsAtStartNamingTheOption(string? policies, string? calendar, string? defaultCalendar, string expected)
    {
        var configuration = Configuration(
            ("SlaEngine:PolicySetPath", policies),
            ("SlaEngine:Calendars:new-york", calendar),
            ("SlaEngine:DefaultCalendar", defaultCalendar),
            ("SlaEngine:BaseDirectory", FixtureDirectory));
        using var provider = Build(configuration, services => services.AddSlaEngine());

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlaEngine_PolicyNamesCalendarNotConfigured_FailsAtStartNamingPolicyAndCalendar()
    {
        using var provider = Build(Configuration(), services => services.AddSlaEngine(options =>
        {
            options.BaseDirectory = FixtureDirectory;
            options.PolicySetPath = "policies.json";
        }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SlaEngine:PolicySetPath: Policy 'urgent' field calendar names the unknown calendar 'new-york'", error.Message, StringComparison.Ordinal);
    }
}
