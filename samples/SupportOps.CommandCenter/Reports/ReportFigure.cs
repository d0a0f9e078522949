namespace SupportOps.CommandCenter.Reports;

/// <summary>One figure of the executive report and its change on the previous period.</summary>
/// <param name="Id">The stable figure id (SupportOps.Analytics KPI ids where the definition is the same).</param>
/// <param name="Name">The display name.</param>
/// <param name="Unit">The unit (<c>count</c>, <c>percent</c>, <c>hours</c>).</param>
/// <param name="Direction">Which way is better (<c>higher_is_better</c>, <c>lower_is_better</c>, <c>neutral</c>).</param>
/// <param name="Current">The value in the period, or null when undefined.</param>
/// <param name="Previous">The value in the previous period, or null.</param>
/// <param name="Change">Current − previous (percentage points for percents), or null.</param>
/// <param name="ChangePercent">The change relative to the previous value, in percent, or null.</param>
/// <param name="Trend">The trend (<c>improved</c>, <c>worsened</c>, <c>unchanged</c>, <c>changed</c>, <c>not_comparable</c>).</param>
/// <param name="Flagged">Whether the change is large enough to call out.</param>
public sealed record ReportFigure(string Id, string Name, string Unit, string Direction, double? Current, double? Previous, double? Change, double? ChangePercent, string Trend, bool Flagged);
