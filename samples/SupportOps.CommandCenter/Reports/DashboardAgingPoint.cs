namespace SupportOps.CommandCenter.Reports;

/// <summary>Open tickets in one age bucket (now − creation).</summary>
/// <param name="Bucket">The bucket: <c>under_4h</c>, <c>4h_to_24h</c>, <c>1d_to_3d</c>, <c>3d_to_7d</c>, <c>over_7d</c> (lower bound inclusive).</param>
/// <param name="Tickets">Open tickets in it.</param>
/// <param name="Drilldown">The drilldown URL listing them.</param>
public sealed record DashboardAgingPoint(string Bucket, int Tickets, string Drilldown);
