namespace SupportOps.CommandCenter.Settings;

/// <summary>The result of saving a settings document.</summary>
/// <param name="Settings">The saved, now active, document.</param>
/// <param name="Findings">The routing linter's findings (warnings; empty for other kinds).</param>
/// <param name="SnapshotsRefreshed">How many open tickets' snapshots (SLA due, breach, risk) were recomputed with new calendars or SLA policies; 0 for the routing policy.</param>
public sealed record SettingsSaveResponse(SettingsView Settings, IReadOnlyList<LintFindingView> Findings, int SnapshotsRefreshed);
