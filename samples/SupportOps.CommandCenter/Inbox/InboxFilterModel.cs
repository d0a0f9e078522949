using System.Text.Json.Serialization;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>An inbox filter as sent in a JSON body (a saved view); every member is optional. See <see cref="InboxFilter"/>.</summary>
/// <param name="Status">Status wire names.</param>
/// <param name="Priority">Priority wire names.</param>
/// <param name="Channel">Channel wire names.</param>
/// <param name="Queue">Queue names.</param>
/// <param name="Assignee">Agent ids, <c>unassigned</c> or <c>me</c>.</param>
/// <param name="RiskBand">Risk band wire names.</param>
/// <param name="Breached">Breached only (true), not breached only (false), or either (null).</param>
/// <param name="Search">Search text.</param>
public sealed record InboxFilterModel(
    IReadOnlyList<string?>? Status,
    IReadOnlyList<string?>? Priority,
    IReadOnlyList<string?>? Channel,
    IReadOnlyList<string?>? Queue,
    IReadOnlyList<string?>? Assignee,
    [property: JsonPropertyName("risk_band")] IReadOnlyList<string?>? RiskBand,
    bool? Breached,
    [property: JsonPropertyName("q")] string? Search);
