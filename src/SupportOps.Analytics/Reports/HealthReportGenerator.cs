using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Internal;

namespace SupportOps.Analytics.Reports;

/// <summary>
/// The injectable entry point for hosts: computes a period and the one before it and builds the
/// health report with the configured <see cref="AnalyticsOptions"/>.
/// </summary>
/// <remarks><para>Registered by <c>AddAnalytics</c>. Stateless apart from the options; thread-safe.</para></remarks>
public sealed class HealthReportGenerator
{
    private readonly AnalyticsOptions _options;

    /// <summary>Initializes the generator.</summary>
    /// <param name="options">The options; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public HealthReportGenerator(IOptions<AnalyticsOptions> options)
    {
        _options = Guard.NotNull(Guard.NotNull(options).Value);
        _options.Validate();
    }

    /// <summary>Builds the health report of a period.</summary>
    /// <param name="tickets">The ticket histories; must not be null.</param>
    /// <param name="period">The period; must not be null.</param>
    /// <param name="now">The evaluation instant, normally the period's end.</param>
    /// <param name="capacities">The agents' capacities, or null.</param>
    /// <param name="ratings">The satisfaction ratings, or null.</param>
    /// <param name="title">The title, or null for the default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tickets"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A history holds another ticket's event, or two capacities name the same agent.</exception>
    public HealthReport Generate(
        IEnumerable<TicketHistory> tickets,
        AnalyticsPeriod period,
        Instant now,
        IEnumerable<AgentCapacity>? capacities = null,
        IEnumerable<SatisfactionRating>? ratings = null,
        string? title = null) =>
        HealthReportBuilder.Build(SupportAnalytics.Compare(tickets, period, now, capacities, ratings), _options, title);
}
