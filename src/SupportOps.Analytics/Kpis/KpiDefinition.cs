namespace SupportOps.Analytics.Kpis;

/// <summary>A KPI's stable id, display name, unit and better direction; the formula is in <c>docs/analytics.md</c> under the id.</summary>
/// <param name="Id">The stable id, such as <c>first_reply.p50_business_hours</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Direction">Which way is better.</param>
public sealed record KpiDefinition(string Id, string Name, KpiUnit Unit, KpiDirection Direction);
