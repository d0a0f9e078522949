namespace SupportOps.CommandCenter.Settings;

/// <summary>A candidate routing policy replayed against recent tickets next to the active one.</summary>
/// <param name="ActiveVersion">The active policy's version.</param>
/// <param name="CandidateVersion">The candidate's version.</param>
/// <param name="From">The start of the replayed window (ISO-8601).</param>
/// <param name="Tickets">How many tickets were replayed (created in the window, oldest first).</param>
/// <param name="Changed">How many would be routed differently.</param>
/// <param name="Unchanged">How many would be routed the same.</param>
/// <param name="ActiveDistribution">Tickets per target (<c>agent:agent-3</c>, <c>queue:billing</c>) under the active policy.</param>
/// <param name="CandidateDistribution">Tickets per target under the candidate.</param>
/// <param name="Transitions">Counts per from → to target, most frequent first.</param>
/// <param name="Changes">The changed decisions (at most 100), in replay order.</param>
/// <param name="Findings">The linter's findings for the candidate.</param>
public sealed record RoutingPolicyDryRunResponse(
    string ActiveVersion,
    string CandidateVersion,
    string From,
    int Tickets,
    int Changed,
    int Unchanged,
    IReadOnlyDictionary<string, int> ActiveDistribution,
    IReadOnlyDictionary<string, int> CandidateDistribution,
    IReadOnlyList<RoutingTransitionView> Transitions,
    IReadOnlyList<RoutingChangeView> Changes,
    IReadOnlyList<LintFindingView> Findings);
