namespace SupportOps.CommandCenter.Rollups;

/// <summary>The outcome of reconciling the daily rollups with a from-scratch recomputation.</summary>
/// <param name="Rows">The rollup rows after reconciliation.</param>
/// <param name="Facts">The rollup facts after reconciliation.</param>
/// <param name="DriftedRows">Rollup keys whose stored counters differed from the recomputation (missing, extra or different rows); 0 when the maintained rows were exact.</param>
/// <param name="Rebuilt">Whether the tables were rewritten (only when something drifted).</param>
public sealed record RollupReconciliation(int Rows, int Facts, int DriftedRows, bool Rebuilt);
