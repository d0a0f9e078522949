using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.CommandCenter.Seeding;
using SupportOps.EventTimeline.Storage;
using SupportOps.RiskModel.Scoring;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers the command center's services.</summary>
public static class ApplicationServiceExtensions
{
    /// <summary>Adds the database, the event store, SLA and risk evaluation, seeding and the API's JSON conventions.</summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException">The configured database provider is not supported.</exception>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Time comes from one injected clock; tests replace it with a FakeClock.
#pragma warning disable RS0030 // SystemClock belongs in DI wiring, and only here.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Validate() is null, "CommandCenter:Database: the Provider must be 'sqlite' or 'postgresql', and PostgreSQL needs a ConnectionString.")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section)
            .Validate(o => o.Tickets is > 0 and <= 1_000_000 && o.Days is > 0 and <= 3650, "CommandCenter:Seed: Tickets must be 1..1,000,000 and Days 1..3650.")
            .ValidateOnStart();

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddCommandCenterDatabase(database, builder.Environment.ContentRootPath);

        services.TryAddSingleton(_ => CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")));
        services.TryAddSingleton<RiskScorer>();
        services.TryAddSingleton<TicketStateCalculator>();
        services.TryAddScoped<IEventStore, EfEventStore>();
        services.TryAddScoped<SnapshotRefresher>();
        services.TryAddScoped<BulkTicketImporter>();

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = null;
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        return builder;
    }

    /// <summary>Builds the SLA evaluator from the calendar and policy files in a directory.</summary>
    internal static SlaEvaluator CreateSlaEvaluator(string directory)
    {
        var calendar = BusinessCalendar.FromJson(File.ReadAllText(Path.Combine(directory, "calendar-new-york.json")));
        var policies = SlaPolicySet.FromJson(File.ReadAllText(Path.Combine(directory, "sla-policies.json")));
        return new SlaEvaluator(policies, SlaCalendarSet.Create("new-york", calendar));
    }
}
