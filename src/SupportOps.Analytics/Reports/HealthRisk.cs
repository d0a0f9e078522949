using System.Collections.Immutable;

namespace SupportOps.Analytics.Reports;

/// <summary>One risk in the health report, with the figures it rests on.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Subject">What is at risk: a queue name, a timer, an agent id.</param>
/// <param name="Detail">A one-line explanation made of the figures.</param>
/// <param name="Score">The ordering score (higher is worse): breaches for queues, points below target for timers, utilization for agents.</param>
/// <param name="FigureIds">The ids of the figures cited: KPI ids, or breakdown ids such as <c>sla.attainment[queue=billing]</c>.</param>
public sealed record HealthRisk(HealthRiskKind Kind, string Subject, string Detail, double Score, ImmutableArray<string> FigureIds);
